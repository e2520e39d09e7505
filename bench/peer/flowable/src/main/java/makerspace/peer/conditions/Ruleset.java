package makerspace.peer.conditions;

import java.util.List;
import java.util.Map;

/**
 * The figures of a ruleset that the Art. 5 check and the procedure's timing read, as
 * libs/policy/src/rulesets/anshan-2020.ts gives them for the Anshan 2020 trial Measures.
 */
public record Ruleset(String id, int version, Jurisdiction jurisdiction, boolean inclusiveBounds, Conditions conditions, Map<String, Stage> stages, int publicNoticeDays, int panelSize, double passMeanScore) {

    public record Division(String code, Text name) {}

    public record Jurisdiction(String cityCode, Text name, String registrationDivisionPrefix, List<Division> divisions) {}

    public record Conditions(
            int minOperatingMonths,
            double minTotalAreaM2,
            int minServiceAreaSharePercent,
            int minStartupWorkstations,
            int minResidents,
            int maxResidencyMonths,
            int lookBackMonths,
            int minNewCompanies,
            int minFinancings,
            int minProfessionalStaffSharePercent,
            int residentsPerProfessionalStaff,
            int minProfessionalStaff,
            int residentsPerMentor,
            int minMentors,
            List<String> recognisedMentorAppointers,
            int minActivities) {}

    /** A human stage: due days, reminders before the due date, escalation after it. */
    public record Stage(int dueDays, List<Integer> reminderDaysBeforeDue, int escalateAfterOverdueDays) {}

    private static Stage review(int dueDays, int... reminders) {
        return new Stage(dueDays, java.util.Arrays.stream(reminders).boxed().toList(), 3);
    }

    /** 鞍山市众创空间备案管理办法(试行), 鞍科发〔2020〕43号. */
    public static final Ruleset ANSHAN_2020 = new Ruleset(
            "anshan-2020-trial",
            1,
            new Jurisdiction("210300", new Text("鞍山市", "Anshan"), "2103", List.of(
                    new Division("210302", new Text("铁东区", "Tiedong District")),
                    new Division("210303", new Text("铁西区", "Tiexi District")),
                    new Division("210304", new Text("立山区", "Lishan District")),
                    new Division("210311", new Text("千山区", "Qianshan District")),
                    new Division("210321", new Text("台安县", "Tai'an County")),
                    new Division("210323", new Text("岫岩满族自治县", "Xiuyan Manchu Autonomous County")),
                    new Division("210381", new Text("海城市", "Haicheng City")),
                    new Division("210300-HTZ", new Text("鞍山高新技术产业开发区", "Anshan High-tech Industrial Development Zone")))),
            true,
            new Conditions(6, 500, 75, 15, 10, 36, 12, 2, 1, 60, 15, 1, 15, 1,
                    List.of("PROVINCIAL_ST_DEPARTMENT", "INDUSTRY_ASSOCIATION", "INCUBATOR"), 5),
            Map.of(
                    "PRELIMINARY_REVIEW", review(15, 5, 1),
                    "RE_REVIEW", review(15, 5, 1),
                    "ON_SITE_INSPECTION", review(20, 5, 1),
                    "EXPERT_REVIEW", new Stage(15, List.of(5, 1), 2),
                    "OBJECTION_RESOLUTION", review(10, 3, 1),
                    "DIRECTOR_MEETING", new Stage(30, List.of(7), 0),
                    "CORRECTION", new Stage(30, List.of(7, 1), 0)),
            7,
            3,
            60);
}
