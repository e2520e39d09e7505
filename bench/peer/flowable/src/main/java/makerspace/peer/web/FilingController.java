package makerspace.peer.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import makerspace.peer.conditions.Declaration;
import makerspace.peer.conditions.FilingConditions;
import makerspace.peer.conditions.Ruleset;
import makerspace.peer.conditions.Verdict;
import makerspace.peer.procedure.FilingClock;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A submission: the declaration judged by Art. 5 on today's date (Shanghai) and, when every
 * condition is met, the filing procedure started with it; as intake's submit, an application that
 * fails is refused with its verdicts and nothing is started. `/filings/check` only judges (intake's
 * pre-check), on the date given.
 */
@RestController
public class FilingController {
    private final FilingConditions version1 = new FilingConditions(Ruleset.ANSHAN_2020);
    private final FilingConditions version2 = new FilingConditions(Ruleset.ANSHAN_2020_V2);
    private final RuntimeService runtime;
    private final FilingClock clock;
    private final ObjectReader submissions;
    private final ObjectReader checks;

    public FilingController(RuntimeService runtime, FilingClock clock, ObjectMapper json) {
        this.runtime = runtime;
        this.clock = clock;
        this.submissions = Declarations.reader(json, Submission.class);
        this.checks = Declarations.reader(json, Check.class);
    }

    /** What intake hands the procedure: who applies for which space, and the declaration. */
    record Submission(String applicationId, String applicantUserId, String spaceName, Declaration.Organisation organisation, Declaration.Venue venue, Declaration.Figures figures) {}

    record Check(Declaration.Organisation organisation, Declaration.Venue venue, Declaration.Figures figures, LocalDate submittedOn) {}

    /** The check under the ruleset an application submitted that day falls under. */
    private FilingConditions conditionsOn(LocalDate submittedOn) {
        return Ruleset.forSubmission(submittedOn) == Ruleset.ANSHAN_2020 ? version1 : version2;
    }

    @PostMapping("/filings/check")
    FilingConditions.Report check(@RequestBody JsonNode body) throws Exception {
        Check c = checks.readValue(body);
        return conditionsOn(c.submittedOn()).check(new Declaration(c.organisation(), c.venue(), c.figures()), c.submittedOn());
    }

    @PostMapping("/filings")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> submit(@RequestBody JsonNode body) throws Exception {
        Submission s = submissions.readValue(body);
        LocalDate today = clock.today();
        FilingConditions.Report report = conditionsOn(today).check(new Declaration(s.organisation(), s.venue(), s.figures()), today);
        if (!report.passed()) {
            List<Verdict> failed = report.verdicts().stream().filter(v -> !v.passed()).toList();
            throw new Refused(HttpStatus.UNPROCESSABLE_ENTITY, "CONDITIONS_NOT_MET",
                    failed.size() + " filing conditions not met: " + String.join(", ", failed.stream().map(Verdict::ruleId).toList()), "figures", "Art. 5");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("applicationId", s.applicationId());
        variables.put("applicantUserId", s.applicantUserId());
        variables.put("spaceName", s.spaceName());
        variables.put("uscc", s.organisation().uscc());
        variables.put("divisionCode", s.venue().divisionCode());
        variables.put("submittedOn", today.toString());
        variables.put("rulesetId", report.rulesetId());
        variables.put("figures", body.get("figures"));
        ProcessInstance started = runtime.createProcessInstanceBuilder()
                .processDefinitionKey("filing")
                .businessKey(s.applicationId())
                .variables(variables)
                .start();
        return Map.of("applicationId", s.applicationId(), "processInstanceId", started.getId(), "status", "SUBMITTED", "submittedOn", today.toString());
    }
}
