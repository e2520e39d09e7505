package makerspace.peer.conditions;

import java.time.LocalDate;
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
            int minActivities,
            PerResidentsCount perResidentsCount) {}

    /**
     * Which residents the per-15 minimums of Art. 5(5) count: every declared one (version 2,
     * domain.md's reading) or only those within the residency limit of Art. 5(3) (version 1).
     */
    public enum PerResidentsCount { ALL_DECLARED, WITHIN_RESIDENCY_LIMIT }

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
                    List.of("PROVINCIAL_ST_DEPARTMENT", "INDUSTRY_ASSOCIATION", "INCUBATOR"), 5, PerResidentsCount.WITHIN_RESIDENCY_LIMIT),
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

    /** libs/policy's ANSHAN_2020_V2: the same Measures, Art. 5(5) counting every declared resident. */
    public static final Ruleset ANSHAN_2020_V2 = new Ruleset(ANSHAN_2020.id, 2, ANSHAN_2020.jurisdiction, ANSHAN_2020.inclusiveBounds,
            withPerResidentsCount(ANSHAN_2020.conditions, PerResidentsCount.ALL_DECLARED), ANSHAN_2020.stages, ANSHAN_2020.publicNoticeDays,
            ANSHAN_2020.panelSize, ANSHAN_2020.passMeanScore);

    /** The day version 2 applies from (submitted that day or later), as libs/policy's effectiveFrom. */
    private static final LocalDate V2_FROM = LocalDate.of(2026, 12, 7);

    /** The ruleset an application submitted on `submittedOn` is judged under (libs/policy's selectRuleset). */
    public static Ruleset forSubmission(LocalDate submittedOn) {
        return submittedOn.isBefore(V2_FROM) ? ANSHAN_2020 : ANSHAN_2020_V2;
    }

    private static Conditions withPerResidentsCount(Conditions c, PerResidentsCount count) {
        return new Conditions(c.minOperatingMonths, c.minTotalAreaM2, c.minServiceAreaSharePercent, c.minStartupWorkstations, c.minResidents,
                c.maxResidencyMonths, c.lookBackMonths, c.minNewCompanies, c.minFinancings, c.minProfessionalStaffSharePercent,
                c.residentsPerProfessionalStaff, c.minProfessionalStaff, c.residentsPerMentor, c.minMentors, c.recognisedMentorAppointers,
                c.minActivities, count);
    }
}
