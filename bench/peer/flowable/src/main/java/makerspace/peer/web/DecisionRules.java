package makerspace.peer.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import makerspace.peer.conditions.Ruleset;
import org.springframework.http.HttpStatus;

/**
 * The checks a decision passes before it changes anything, as the filing workflow's checkDecision:
 * the outcome is one the task allows, negative outcomes carry reasons, and each outcome has what
 * it needs. Who may decide is checked by the task query (candidate groups and assignee).
 */
final class DecisionRules {
    private DecisionRules() {}

    /** The model's tasks, each with the outcomes it allows (libs/contracts' TASK_OUTCOMES). */
    static final Map<String, List<String>> OUTCOMES = Map.of(
            "districtReview", List.of("RECOMMEND", "RETURN", "REJECT"),
            "reReview", List.of("PASS", "RETURN", "REJECT"),
            "siteInspection", List.of("PASS", "RETURN", "REJECT"),
            "organisePanel", List.of("ASSIGN_PANEL"),
            "expertScore", List.of("SCORE", "CONFLICT"),
            "assignSubstitute", List.of("ASSIGN_SUBSTITUTE"),
            "resolveObjection", List.of("DISMISS", "UPHOLD_REJECT", "UPHOLD_DISQUALIFY"),
            "directorMeeting", List.of("APPROVE", "DECLINE"),
            "correction", List.of("RESUBMIT"));

    private static final Set<String> NEGATIVE = Set.of("RETURN", "REJECT", "CONFLICT", "UPHOLD_REJECT", "UPHOLD_DISQUALIFY", "DECLINE");

    private static Refused invalid(String message, String field, String article) {
        return new Refused(HttpStatus.BAD_REQUEST, "INVALID", message, field, article);
    }

    static void check(String taskKey, Decision d, Ruleset ruleset) {
        List<String> allowed = OUTCOMES.get(taskKey);
        if (allowed == null || !allowed.contains(d.outcome())) throw invalid("outcome must be one of " + allowed + " for a " + taskKey + " task", "outcome", null);
        if (NEGATIVE.contains(d.outcome()) && (d.reasons() == null || !d.reasons().isArray() || d.reasons().isEmpty())) {
            throw new Refused(HttpStatus.BAD_REQUEST, "REASON_REQUIRED", "a " + d.outcome() + " decision must give its reasons", "reasons", "Art. 6");
        }
        switch (d.outcome()) {
            case "RECOMMEND" -> {
                if (d.recommendation() == null || !d.recommendation().hasNonNull("documentId")) throw invalid("the district recommends in writing: attach the written recommendation", "recommendation", "Art. 6(2)");
            }
            case "ASSIGN_PANEL" -> {
                int size = ruleset.panelSize();
                if (d.experts() == null || d.experts().size() != size || new HashSet<>(d.experts()).size() != size) throw invalid("the panel needs " + size + " different experts", "experts", "Art. 6(4)");
            }
            case "ASSIGN_SUBSTITUTE" -> {
                if (d.experts() == null || d.experts().size() != 1) throw invalid("name exactly one substitute expert", "experts", null);
            }
            case "SCORE" -> {
                if (d.score() == null || d.score() < 0 || d.score() > 100) throw invalid("a score from 0 to 100 is required", "score", null);
            }
            case "APPROVE" -> {
                if (d.meeting() == null || !d.meeting().hasNonNull("filingNumber")) throw invalid("the director's meeting record (id, date, filing number) is required", "meeting", "Art. 6(4)");
            }
            case "RESUBMIT" -> {
                if (d.figures() == null || !d.figures().isObject()) throw invalid("the corrected figures are required", "figures", null);
            }
            default -> {}
        }
    }
}
