package makerspace.peer.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A decision on a task, as review sends the filing workflow's decideTask: who decides, the outcome,
 * and what the outcome needs (reasons, the written recommendation, the panel, a score, the meeting
 * record; corrected figures when the applicant resubmits).
 */
public record Decision(Actor actor, String outcome, JsonNode reasons, JsonNode recommendation, List<String> experts, Integer score, JsonNode meeting, JsonNode figures) {

    /** The person deciding: id, role and, for district officers, the division they serve. */
    public record Actor(String id, String role, String scope) {}
}
