package makerspace.peer.conditions;

import java.util.List;

/**
 * How one rule words its verdicts (libs/policy's RuleWording): what is judged and what is required
 * are put together once, each verdict adds its finding:
 * "Fixed service venue: 499.99 m²; required at least 500 m² — not met."
 */
public final class RuleWording {
    private final String ruleId;
    private final String article;
    private final Text opening;
    private final Text met;
    private final Text notMet;

    public RuleWording(String ruleId, String article, Text subject, Text required) {
        this.ruleId = ruleId;
        this.article = article;
        this.opening = new Text(subject.zh() + ":", subject.en() + ": ");
        this.met = new Text(";要求" + required.zh() + "——符合。", "; required " + required.en() + " — met.");
        this.notMet = new Text(";要求" + required.zh() + "——不符合。", "; required " + required.en() + " — not met.");
    }

    public Verdict verdict(boolean passed, Object found, Object required, Text finding, List<Flag> flags) {
        Text ending = passed ? met : notMet;
        Text message = new Text(opening.zh() + finding.zh() + ending.zh(), opening.en() + finding.en() + ending.en());
        return new Verdict(ruleId, article, passed, found, required, message, flags == null ? List.of() : flags);
    }

    public Verdict verdict(boolean passed, Object found, Object required, Text finding) {
        return verdict(passed, found, required, finding, null);
    }

    /** 以上/以下 include the number unless the ruleset reads them otherwise. */
    public static boolean reaches(double found, double required, boolean inclusive) {
        return inclusive ? found >= required : found > required;
    }

    /** "at least N" / "N以上" (or "more than N" / "超过N" when bounds are exclusive). */
    public static Text atLeast(String value, Text unit, boolean inclusive) {
        return inclusive
                ? new Text(value + unit.zh() + "以上", "at least " + value + unit.en())
                : new Text("超过" + value + unit.zh(), "more than " + value + unit.en());
    }

    /** "not fewer than N" (不少于), which includes N whatever the drafting convention. */
    public static Text notFewer(String value, Text unit) {
        return new Text("不少于" + value + unit.zh(), "at least " + value + unit.en());
    }

    public static final Text YES = new Text("是", "yes");
    public static final Text NO = new Text("否", "no");
}
