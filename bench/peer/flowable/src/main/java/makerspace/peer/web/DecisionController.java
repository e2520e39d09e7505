package makerspace.peer.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import makerspace.peer.conditions.Declaration;
import makerspace.peer.conditions.Ruleset;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A staff (or applicant) decision on a task: the task found among those the person may decide
 * (assignee, or a candidate group of their role and scope), the decision checked, then the task
 * claimed and completed with the decision as variables, which the model's gateways read.
 */
@RestController
public class DecisionController {
    private final TaskService tasks;
    private final ObjectReader figures;

    public DecisionController(TaskService tasks, ObjectMapper json) {
        this.tasks = tasks;
        this.figures = Declarations.reader(json, Declaration.Figures.class);
    }

    /** `city-officer`, and for an officer of a division also `district-officer:210302`. */
    private static List<String> groupsOf(Decision.Actor actor) {
        List<String> groups = new ArrayList<>(2);
        groups.add(actor.role());
        if (actor.scope() != null) groups.add(actor.role() + ":" + actor.scope());
        return groups;
    }

    @PostMapping("/tasks/{taskId}/decision")
    Map<String, Object> decide(@PathVariable String taskId, @RequestBody Decision d) throws Exception {
        if (d.actor() == null || d.actor().id() == null || d.actor().role() == null) throw new Refused(HttpStatus.BAD_REQUEST, "INVALID", "the person deciding (id, role) is required", "actor");
        Task task = tasks.createTaskQuery().taskId(taskId).or().taskAssignee(d.actor().id()).taskCandidateGroupIn(groupsOf(d.actor())).endOr().singleResult();
        if (task == null) {
            boolean exists = tasks.createTaskQuery().taskId(taskId).count() > 0;
            if (!exists) throw new Refused(HttpStatus.NOT_FOUND, "UNKNOWN_TASK", "no open task " + taskId, "taskId");
            throw new Refused(HttpStatus.FORBIDDEN, "NOT_YOURS", "task " + taskId + " is not for " + d.actor().role() + (d.actor().scope() == null ? "" : " of " + d.actor().scope()), "actor");
        }
        DecisionRules.check(task.getTaskDefinitionKey(), d, Ruleset.ANSHAN_2020);
        if (d.figures() != null) figures.readValue(d.figures());

        Map<String, Object> variables = new HashMap<>();
        variables.put("outcome", d.outcome());
        variables.put("decidedBy", d.actor().id());
        if (d.reasons() != null) variables.put("reasons", d.reasons());
        if (d.recommendation() != null) variables.put("recommendation", d.recommendation());
        // The panel is the procedure's; a substitute is the seat's own (the model's seat keeps it apart).
        if (d.outcome().equals("ASSIGN_SUBSTITUTE")) variables.put("substitute", d.experts().get(0));
        else if (d.experts() != null) variables.put("experts", new ArrayList<>(d.experts()));
        if (d.score() != null) variables.put("score", d.score());
        if (d.meeting() != null) variables.put("meeting", d.meeting());
        if (d.figures() != null) variables.put("figures", d.figures());
        tasks.claim(taskId, d.actor().id());
        tasks.complete(taskId, variables);
        return Map.of("taskId", taskId, "outcome", d.outcome());
    }
}
