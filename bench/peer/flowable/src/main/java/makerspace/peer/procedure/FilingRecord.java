package makerspace.peer.procedure;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Filed (Art. 6(4)): the director's meeting gave the filing number; the space gets its id. */
@Component("filingRecord")
public class FilingRecord {
    public void file(DelegateExecution execution) {
        JsonNode meeting = (JsonNode) execution.getVariable("meeting");
        execution.setVariable("filingNumber", meeting.get("filingNumber").asText());
        execution.setVariable("spaceId", UUID.randomUUID().toString());
    }
}
