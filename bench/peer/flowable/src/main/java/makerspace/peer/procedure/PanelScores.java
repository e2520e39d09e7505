package makerspace.peer.procedure;

import java.util.Map;
import makerspace.peer.conditions.Ruleset;
import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Expert review (Art. 6(4)): each seat's score is kept on the procedure as `score:<expert>` when the
 * seat scores; when every seat has scored, the mean decides against the ruleset's pass mark.
 */
@Component("panelScores")
public class PanelScores {
    private static final String PREFIX = "score:";
    private final Ruleset ruleset = Ruleset.ANSHAN_2020;

    /** Called in the seat's scope, where `expert` and `score` are the seat's own. */
    public void record(DelegateExecution seat) {
        seat.setVariable(PREFIX + seat.getVariable("expert"), seat.getVariable("score"));
    }

    /** Sets `panelMean` and `panelPassed` on the procedure. */
    public void decide(DelegateExecution execution) {
        double sum = 0;
        int count = 0;
        for (Map.Entry<String, Object> v : execution.getVariables().entrySet()) {
            if (!v.getKey().startsWith(PREFIX)) continue;
            sum += ((Number) v.getValue()).doubleValue();
            count += 1;
        }
        if (count != ruleset.panelSize()) throw new IllegalStateException("the panel has " + count + " scores, not " + ruleset.panelSize());
        double mean = sum / count;
        execution.setVariable("panelMean", mean);
        execution.setVariable("panelPassed", mean >= ruleset.passMeanScore());
    }
}
