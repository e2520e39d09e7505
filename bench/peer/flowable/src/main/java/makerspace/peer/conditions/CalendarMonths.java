package makerspace.peer.conditions;

import java.time.LocalDate;

/**
 * Periods counted in calendar months as libs/policy/src/calendar/months.ts counts them: a day the
 * target month lacks becomes its last day (Civil Code Art. 202). java.time's own month difference
 * differs at month ends (31 Jan to 28 Feb is one month here, none there), so it is not used.
 */
public final class CalendarMonths {
    private CalendarMonths() {}

    /** Moves a date by whole calendar months, clamping to the month end; negative months go back. */
    public static LocalDate add(LocalDate date, int months) {
        return date.plusMonths(months);
    }

    /** Whole calendar months from `from` to `to`: the largest n with from + n months ≤ to. */
    public static int fullMonthsBetween(LocalDate from, LocalDate to) {
        int months = (to.getYear() - from.getYear()) * 12 + (to.getMonthValue() - from.getMonthValue());
        int landsOn = Math.min(from.getDayOfMonth(), to.lengthOfMonth());
        return landsOn <= to.getDayOfMonth() ? months : months - 1;
    }

    /**
     * The earliest date whose period of `maxMonths` still runs on `on` (libs/policy's earliestEventWithin):
     * a move-in within the limit of Art. 5(3), the first day of the look-back window.
     */
    public static LocalDate earliestWithin(LocalDate on, int maxMonths) {
        LocalDate back = add(on, -maxMonths);
        return add(back, maxMonths).isBefore(on) ? back.plusDays(1) : back;
    }
}
