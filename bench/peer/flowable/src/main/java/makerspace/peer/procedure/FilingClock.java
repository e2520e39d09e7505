package makerspace.peer.procedure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import makerspace.peer.conditions.Ruleset;
import org.springframework.stereotype.Component;

/**
 * The dates the model's timers and due dates read (`${filingClock.reminder('PRELIMINARY_REVIEW', 0)}`),
 * as the filing workflow takes them from libs/policy's stageSchedule: a task opened today is due
 * the stage's due days later, reminded at 09:00 in Shanghai on the days before it, overdue when the
 * due date is over and escalated to the city when the grace days are over.
 */
@Component("filingClock")
public class FilingClock {
    /** Asia/Shanghai has kept UTC+8 without daylight saving since 1991. */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalTime REMINDERS_AT = LocalTime.of(9, 0);

    private final Ruleset ruleset = Ruleset.ANSHAN_2020;
    private final Clock clock = Clock.system(SHANGHAI);

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Ruleset.Stage stage(String name) {
        Ruleset.Stage s = ruleset.stages().get(name);
        if (s == null) throw new IllegalArgumentException("no stage " + name + " in ruleset " + ruleset.id());
        return s;
    }

    private LocalDate dueDate(String stage) {
        return today().plusDays(stage(stage).dueDays());
    }

    /** The instant a calendar day ends in Shanghai: a due date has passed after it. */
    private static Date endOf(LocalDate date) {
        return Date.from(date.plusDays(1).atStartOfDay(SHANGHAI).toInstant());
    }

    /** The task's due date, the last instant of the due day. */
    public Date dueOn(String stage) {
        return endOf(dueDate(stage));
    }

    /** The `index`-th reminder (earliest first), 09:00 on its day. */
    public Date reminder(String stage, int index) {
        List<Integer> daysBefore = stage(stage).reminderDaysBeforeDue().stream().sorted(Comparator.reverseOrder()).toList();
        Instant at = dueDate(stage).minusDays(daysBefore.get(index)).atTime(REMINDERS_AT).atZone(SHANGHAI).toInstant();
        return Date.from(at);
    }

    public Date overdue(String stage) {
        return endOf(dueDate(stage));
    }

    public Date escalation(String stage) {
        return endOf(dueDate(stage).plusDays(stage(stage).escalateAfterOverdueDays()));
    }

    /**
     * The public notice (Art. 6(4)) runs the ruleset's full calendar days after the day of publication
     * (Civil Code Art. 201, libs/policy's publicNoticeEndsOn): published today for 7 days, objections
     * are taken through the 7th day after.
     */
    public Date noticeEnds() {
        return endOf(today().plusDays(ruleset.publicNoticeDays()));
    }
}
