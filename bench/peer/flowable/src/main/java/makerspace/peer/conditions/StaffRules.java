package makerspace.peer.conditions;

import java.util.ArrayList;
import java.util.List;

/** Art. 5(5): the staff's make-up, and professional staff and mentors for every 15 residents. */
final class StaffRules {
    private StaffRules() {}

    static List<Rule> of(Ruleset ruleset) {
        return List.of(staffWithinTotal(), professionalStaffShare(ruleset), professionalStaffPerResidents(ruleset), mentorsPerResidents(ruleset));
    }

    /** 每15家 ... 至少配备1名: ceil(residents ÷ 15), never below the minimum. */
    static int requiredPerResidents(int residents, int perResidents, int minimum) {
        return Math.max(minimum, (residents + perResidents - 1) / perResidents);
    }

    /** "不含物业服务人员": professional and property staff are separate parts of the headcount. */
    private static Rule staffWithinTotal() {
        RuleWording wording = new RuleWording("ART5_5_STAFF_WITHIN_TOTAL", "Art. 5(5)",
                new Text("专业孵化服务人员与物业服务人员之和", "Professional incubation staff plus property staff"),
                new Text("不超过机构总人数", "no more than the headcount"));
        return j -> {
            Declaration.Staff s = j.declaration().figures().staff();
            int counted = s.professionalIncubation() + s.property();
            return wording.verdict(counted <= s.total(), counted, s.total(), new Text(
                    s.professionalIncubation() + "+" + s.property() + "=" + counted + "人(总人数" + s.total() + "人)",
                    s.professionalIncubation() + " + " + s.property() + " = " + counted + " (headcount " + s.total() + ")"));
        };
    }

    /** 专业孵化服务人员占机构总人数60%以上 (property staff are never professional). */
    private static Rule professionalStaffShare(Ruleset ruleset) {
        int percent = ruleset.conditions().minProfessionalStaffSharePercent();
        boolean inclusive = ruleset.inclusiveBounds();
        RuleWording wording = new RuleWording("ART5_5_PROFESSIONAL_STAFF_SHARE", "Art. 5(5)",
                new Text("专业孵化服务人员占机构总人数比例", "Professional incubation staff as a share of the headcount"),
                RuleWording.atLeast(String.valueOf(percent), new Text("%", "%"), inclusive));
        return j -> {
            Declaration.Staff s = j.declaration().figures().staff();
            double share = s.total() == 0 ? 0 : (double) s.professionalIncubation() / s.total();
            boolean passed = s.total() > 0 && RuleWording.reaches(s.professionalIncubation() * 100.0, (double) percent * s.total(), inclusive);
            String shareText = Numbers.percent(share);
            return wording.verdict(passed, Numbers.figure(share), Numbers.figure(percent / 100.0), new Text(
                    shareText + "(" + s.professionalIncubation() + "/" + s.total() + "人)",
                    shareText + " (" + s.professionalIncubation() + " of " + s.total() + ")"));
        };
    }

    private static RuleWording perResidentsWording(String ruleId, Text who, int perResidents, int minimum) {
        return new RuleWording(ruleId, "Art. 5(5)", who, new Text(
                "每" + perResidents + "家入驻团队和企业至少1名,且不少于" + minimum + "名",
                "1 for every " + perResidents + " residents, and at least " + minimum));
    }

    /** The residents the per-15 minimums serve: every declared one, or those Art. 5(3) counts, as the ruleset reads Art. 5(5). */
    private static int residentsServed(Judgement j, Ruleset.Conditions c) {
        return c.perResidentsCount() == Ruleset.PerResidentsCount.ALL_DECLARED ? j.residents().declared() : j.residents().eligible();
    }

    private static Text perResidentsFinding(int found, int residents, int required, Ruleset.Conditions c) {
        return c.perResidentsCount() == Ruleset.PerResidentsCount.ALL_DECLARED
                ? new Text(found + "名(按申报的" + residents + "家入驻团队和企业,应至少" + required + "名)",
                        found + " (" + residents + " declared residents need at least " + required + ")")
                : new Text(found + "名(按" + residents + "家计入的入驻团队和企业,应至少" + required + "名)",
                        found + " (" + residents + " counted residents need at least " + required + ")");
    }

    /** 每15家入驻创业团队和企业至少配备1名专业孵化服务人员 (residents as `residentsServed`). */
    private static Rule professionalStaffPerResidents(Ruleset ruleset) {
        Ruleset.Conditions c = ruleset.conditions();
        RuleWording wording = perResidentsWording("ART5_5_PROFESSIONAL_STAFF_PER_RESIDENTS",
                new Text("专业孵化服务人员", "Professional incubation staff"), c.residentsPerProfessionalStaff(), c.minProfessionalStaff());
        return j -> {
            int found = j.declaration().figures().staff().professionalIncubation();
            int served = residentsServed(j, c);
            int required = requiredPerResidents(served, c.residentsPerProfessionalStaff(), c.minProfessionalStaff());
            return wording.verdict(found >= required, found, required, perResidentsFinding(found, served, required, c));
        };
    }

    /** ... 1名创业导师, counting mentors appointed by a body the article names; the others are flags. */
    private static Rule mentorsPerResidents(Ruleset ruleset) {
        Ruleset.Conditions c = ruleset.conditions();
        RuleWording wording = perResidentsWording("ART5_5_MENTORS_PER_RESIDENTS", new Text("创业导师", "Startup mentors"), c.residentsPerMentor(), c.minMentors());
        return j -> {
            List<Flag> flags = null;
            int found = 0;
            for (Declaration.Mentor m : j.declaration().figures().mentors()) {
                if (c.recognisedMentorAppointers().contains(m.appointedBy())) {
                    found += 1;
                } else {
                    if (flags == null) flags = new ArrayList<>();
                    flags.add(new Flag("MENTOR_NOT_RECOGNISED", m.name(), new Text(
                            "创业导师" + m.name() + "非由省科技厅、行业协会或孵化器聘任,不计入",
                            "Mentor " + m.name() + " is not appointed by the provincial S&T department, an industry association or the incubator: not counted")));
                }
            }
            int served = residentsServed(j, c);
            int required = requiredPerResidents(served, c.residentsPerMentor(), c.minMentors());
            return wording.verdict(found >= required, found, required, perResidentsFinding(found, served, required, c), flags);
        };
    }
}
