package makerspace.peer.conditions;

import java.time.LocalDate;
import java.util.List;

/** Art. 5(1): registered and operating half a year, registered in the city, an independent legal person. */
final class OrganisationRules {
    private OrganisationRules() {}

    static List<Rule> of(Ruleset ruleset) {
        return List.of(operatingAge(ruleset), registeredInCity(ruleset), independentLegalPerson());
    }

    /** 机构实际注册并运营半年以上: registration at least 6 calendar months before the date judged. */
    private static Rule operatingAge(Ruleset ruleset) {
        int required = ruleset.conditions().minOperatingMonths();
        boolean inclusive = ruleset.inclusiveBounds();
        RuleWording wording = new RuleWording("ART5_1_OPERATING_AGE", "Art. 5(1)",
                new Text("机构实际注册并运营时间", "Time registered and operating"),
                RuleWording.atLeast(String.valueOf(required), new Text("个月", " months"), inclusive));
        return j -> {
            LocalDate registeredOn = j.declaration().organisation().registeredOn();
            LocalDate reachedOn = CalendarMonths.add(registeredOn, required);
            boolean passed = inclusive ? !reachedOn.isAfter(j.asOf()) : reachedOn.isBefore(j.asOf());
            int months = CalendarMonths.fullMonthsBetween(registeredOn, j.asOf());
            return wording.verdict(passed, months, required, new Text(
                    registeredOn + "注册,至" + j.asOf() + "满" + months + "个月(" + reachedOn + "满" + required + "个月)",
                    "registered on " + registeredOn + ", " + months + " full months on " + j.asOf() + " (" + required + " months reached on " + reachedOn + ")"));
        };
    }

    /** 在鞍山市境内注册: characters 3-8 of the USCC name the registering authority's division. */
    private static Rule registeredInCity(Ruleset ruleset) {
        Ruleset.Jurisdiction city = ruleset.jurisdiction();
        String prefix = city.registrationDivisionPrefix();
        RuleWording wording = new RuleWording("ART5_1_REGISTERED_IN_CITY", "Art. 5(1)",
                new Text("在" + city.name().zh() + "境内注册(依据统一社会信用代码第3至8位,以营业执照为准)",
                        "Registered in " + city.name().en() + " (evidence: USCC characters 3-8; the business licence decides)"),
                new Text(prefix + "开头的区划代码", "a division code starting " + prefix));
        return j -> {
            String uscc = j.declaration().organisation().uscc();
            Uscc.Validation result = Uscc.validate(uscc, prefix);
            if (!result.valid()) {
                return wording.verdict(false, uscc, prefix, new Text(
                        "统一社会信用代码" + uscc + "无效(" + result.reason().zh() + ")",
                        "USCC " + uscc + " is invalid (" + result.reason().en() + ")"));
            }
            return wording.verdict(result.registeredInCity(), result.divisionCode(), prefix,
                    new Text("区划代码" + result.divisionCode(), "division code " + result.divisionCode()));
        };
    }

    /** 具有独立法人资格. */
    private static Rule independentLegalPerson() {
        RuleWording wording = new RuleWording("ART5_1_INDEPENDENT_LEGAL_PERSON", "Art. 5(1)",
                new Text("运营管理机构具有独立法人资格", "The operating organisation is an independent legal person"), RuleWording.YES);
        return j -> {
            boolean found = j.declaration().organisation().independentLegalPerson();
            return wording.verdict(found, found, true, found ? RuleWording.YES : RuleWording.NO);
        };
    }
}
