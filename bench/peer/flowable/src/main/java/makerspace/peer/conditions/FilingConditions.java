package makerspace.peer.conditions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Art. 5: judges an application on its submission date against every filing condition, in the
 * order of the Measures, and returns all verdicts, failed or not. A port of libs/policy's
 * checkFilingConditions with the same figures, thresholds and messages; the flowable-peer test
 * compares its verdicts with libs/policy's on the same declarations.
 */
public final class FilingConditions {
    private final Ruleset ruleset;
    private final Rule[] rules;

    public FilingConditions(Ruleset ruleset) {
        this.ruleset = ruleset;
        List<Rule> all = new ArrayList<>(OrganisationRules.of(ruleset));
        all.addAll(VenueRules.of(ruleset));
        all.addAll(ResidentRules.of(ruleset));
        all.add(IncubationRule.of(ruleset));
        all.addAll(StaffRules.of(ruleset));
        all.add(ActivityRule.of(ruleset));
        all.add(VenueDivisionRule.of(ruleset));
        this.rules = all.toArray(Rule[]::new);
    }

    /** Every verdict on a declaration, and whether all passed. */
    public record Report(String rulesetId, int rulesetVersion, LocalDate asOf, LocalDate windowFrom, LocalDate windowTo, boolean passed, List<Verdict> verdicts) {}

    /** The look-back window: the days whose 12 months still run on the submission date, and that date. */
    public Report check(Declaration declaration, LocalDate submittedOn) {
        LocalDate from = CalendarMonths.earliestWithin(submittedOn, ruleset.conditions().lookBackMonths());
        Declaration.Figures f = declaration.figures();
        long totalCenti = Judgement.centi(f.totalAreaM2());
        long serviceCenti = Judgement.centi(f.workstationAreaM2()) + Judgement.centi(f.publicServiceAreaM2());
        Judgement j = new Judgement(declaration, submittedOn, from, submittedOn, ruleset,
                ResidentRules.count(f.residents(), submittedOn, ruleset),
                new Judgement.Areas(totalCenti, serviceCenti, Numbers.format(totalCenti / 100.0), Numbers.format(serviceCenti / 100.0)));
        List<Verdict> verdicts = new ArrayList<>(rules.length);
        boolean passed = true;
        for (Rule rule : rules) {
            Verdict v = rule.judge(j);
            passed &= v.passed();
            verdicts.add(v);
        }
        return new Report(ruleset.id(), ruleset.version(), submittedOn, from, submittedOn, passed, verdicts);
    }
}
