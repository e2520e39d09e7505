package makerspace.peer.procedure;

import java.util.List;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * What the model's due-date timers do to the task they watch: a reminder or an overdue notice is a
 * comment on the task, where the assignee's task list shows it; an escalation also lets the city's
 * officers decide the task (the filing workflow's task.reminded, task.overdue and task.escalated).
 */
@Component("taskNotices")
public class TaskNotices {
    private final TaskService tasks;

    public TaskNotices(TaskService tasks) {
        this.tasks = tasks;
    }

    /** The open tasks the timer watches: an expert's seat watches only that expert's task. */
    private List<Task> watched(DelegateExecution execution, String taskKey) {
        TaskQuery query = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(taskKey);
        Object expert = execution.getVariable("expert");
        if (expert != null && taskKey.equals("expertScore")) query.taskAssignee(expert.toString());
        return query.list();
    }

    public void remind(DelegateExecution execution, String taskKey) {
        for (Task t : watched(execution, taskKey)) tasks.addComment(t.getId(), t.getProcessInstanceId(), "reminded", "due on " + t.getDueDate().toInstant());
    }

    public void overdue(DelegateExecution execution, String taskKey) {
        for (Task t : watched(execution, taskKey)) tasks.addComment(t.getId(), t.getProcessInstanceId(), "overdue", "was due on " + t.getDueDate().toInstant());
    }

    public void escalate(DelegateExecution execution, String taskKey) {
        for (Task t : watched(execution, taskKey)) {
            tasks.addCandidateGroup(t.getId(), "city-officer");
            tasks.addComment(t.getId(), t.getProcessInstanceId(), "escalated", "escalated to city-officer");
        }
    }
}
