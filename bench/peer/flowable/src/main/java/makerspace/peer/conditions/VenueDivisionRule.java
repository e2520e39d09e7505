package makerspace.peer.conditions;

/**
 * Art. 2 (a space 在我市范围内) and Art. 6(1): the venue lies in a county, district or development
 * zone of the city, whose S&T department will do the preliminary review.
 */
final class VenueDivisionRule {
    private VenueDivisionRule() {}

    static Rule of(Ruleset ruleset) {
        Ruleset.Jurisdiction city = ruleset.jurisdiction();
        RuleWording wording = new RuleWording("ART6_1_VENUE_DIVISION", "Art. 6(1)",
                new Text("场地所在县(市)区、开发区", "County, district or development zone of the venue"),
                new Text(city.name().zh() + "所辖县(市)区或开发区", "a county, district or development zone of " + city.name().en()));
        return j -> {
            String code = j.declaration().venue().divisionCode();
            Ruleset.Division division = city.divisions().stream().filter(d -> d.code().equals(code)).findFirst().orElse(null);
            return wording.verdict(division != null, code, city.cityCode(), division != null
                    ? new Text(division.name().zh() + "(" + code + ")", division.name().en() + " (" + code + ")")
                    : new Text("区划代码" + code, "division " + code));
        };
    }
}
