package makerspace.peer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The filing procedure of Art. 6 on Flowable: the BPMN model in processes/filing.bpmn20.xml, the
 * Art. 5 check ported from libs/policy, and the two calls the benchmark measures against the
 * system (a submission, a staff decision). Flowable's own REST API is under /process-api.
 */
@SpringBootApplication
public class FlowablePeerApplication {
    public static void main(String[] args) {
        SpringApplication.run(FlowablePeerApplication.class, args);
    }
}
