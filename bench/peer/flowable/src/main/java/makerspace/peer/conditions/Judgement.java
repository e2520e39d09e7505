package makerspace.peer.conditions;

import java.time.LocalDate;

/**
 * What every rule judges: a declaration on a date against a ruleset, with the look-back window
 * (the "each year" of Art. 5(4) and 5(6)), and the residents and areas read once for all rules.
 */
public record Judgement(Declaration declaration, LocalDate asOf, LocalDate windowFrom, LocalDate windowTo, Ruleset ruleset, ResidentCount residents, Areas areas) {

    /** Residents in the space on the date judged and for no more than the residency limit (Art. 5(3)). */
    public record ResidentCount(int declared, int eligible, java.util.List<Flag> flags) {}

    /** The areas of Art. 5(2) in whole hundredths of a square metre, so float sums never decide a case. */
    public record Areas(long totalCenti, long serviceCenti, String totalText, String serviceText) {}

    public boolean inWindow(LocalDate date) {
        return !date.isBefore(windowFrom) && !date.isAfter(windowTo);
    }

    public static long centi(double squareMetres) {
        return Math.round(squareMetres * 100);
    }
}
