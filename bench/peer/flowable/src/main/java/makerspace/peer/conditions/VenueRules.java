package makerspace.peer.conditions;

import java.util.List;
import java.util.function.Predicate;

/** Art. 5(2): the venue's area, the share of workstations and public service area, the facilities. */
final class VenueRules {
    private static final Text PROVIDED = new Text("具备", "provided");
    private static final Text NOT_PROVIDED = new Text("不具备", "not provided");

    private VenueRules() {}

    static List<Rule> of(Ruleset ruleset) {
        return List.of(
                venueArea(ruleset),
                serviceAreaWithinTotal(),
                serviceAreaShare(ruleset),
                facility("ART5_2_INTERNET", new Text("免费或低成本的互联网接入", "Free or low-cost internet access"), Declaration.Facilities::freeOrLowCostInternet),
                facility("ART5_2_PUBLIC_SOFTWARE", new Text("公共软件", "Public software"), Declaration.Facilities::publicSoftware),
                facility("ART5_2_SHARED_OFFICE_EQUIPMENT", new Text("共享办公设施", "Shared office equipment"), Declaration.Facilities::sharedOfficeEquipment));
    }

    /** 具有固定服务场地500平方米以上. */
    private static Rule venueArea(Ruleset ruleset) {
        double required = ruleset.conditions().minTotalAreaM2();
        boolean inclusive = ruleset.inclusiveBounds();
        RuleWording wording = new RuleWording("ART5_2_AREA", "Art. 5(2)", new Text("固定服务场地面积", "Fixed service venue"),
                RuleWording.atLeast(Numbers.format(required), new Text("平方米", " m²"), inclusive));
        return j -> {
            Judgement.Areas areas = j.areas();
            boolean passed = RuleWording.reaches(areas.totalCenti(), Judgement.centi(required), inclusive);
            return wording.verdict(passed, Numbers.figure(j.declaration().figures().totalAreaM2()), Numbers.figure(required),
                    new Text(areas.totalText() + "平方米", areas.totalText() + " m²"));
        };
    }

    /** "of which": workstation and public service areas are parts of the total, not more. */
    private static Rule serviceAreaWithinTotal() {
        RuleWording wording = new RuleWording("ART5_2_SERVICE_AREA_WITHIN_TOTAL", "Art. 5(2)",
                new Text("创业工位和公共服务场地面积之和", "Workstation plus public service area"),
                new Text("不超过总面积", "no more than the total area"));
        return j -> {
            Judgement.Areas a = j.areas();
            return wording.verdict(a.serviceCenti() <= a.totalCenti(), Numbers.figure(a.serviceCenti() / 100.0),
                    Numbers.figure(j.declaration().figures().totalAreaM2()),
                    new Text(a.serviceText() + "平方米(总面积" + a.totalText() + "平方米)", a.serviceText() + " m² (total area " + a.totalText() + " m²)"));
        };
    }

    /** 提供创业工位和公共服务场地面积不低于众创空间总面积的75%. */
    private static Rule serviceAreaShare(Ruleset ruleset) {
        int percent = ruleset.conditions().minServiceAreaSharePercent();
        RuleWording wording = new RuleWording("ART5_2_SERVICE_AREA_SHARE", "Art. 5(2)",
                new Text("创业工位和公共服务场地面积占总面积比例", "Workstation plus public service area as a share of the total"),
                new Text("不低于" + percent + "%", "at least " + percent + "%"));
        return j -> {
            Judgement.Areas a = j.areas();
            double share = a.totalCenti() == 0 ? 0 : (double) a.serviceCenti() / a.totalCenti();
            boolean passed = a.totalCenti() > 0 && a.serviceCenti() * 100 >= (long) percent * a.totalCenti();
            String shareText = Numbers.percent(share);
            return wording.verdict(passed, Numbers.figure(share), Numbers.figure(percent / 100.0), new Text(
                    shareText + "(" + a.serviceText() + "/" + a.totalText() + "平方米)",
                    shareText + " (" + a.serviceText() + " of " + a.totalText() + " m²)"));
        };
    }

    private static Rule facility(String ruleId, Text subject, Predicate<Declaration.Facilities> present) {
        RuleWording wording = new RuleWording(ruleId, "Art. 5(2)", subject, PROVIDED);
        return j -> {
            boolean found = present.test(j.declaration().figures().facilities());
            return wording.verdict(found, found, true, found ? PROVIDED : NOT_PROVIDED);
        };
    }
}
