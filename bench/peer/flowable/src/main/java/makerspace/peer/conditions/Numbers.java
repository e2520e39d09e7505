package makerspace.peer.conditions;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Figures as people read them, exactly as libs/policy/src/text/format.ts writes them. */
public final class Numbers {
    private Numbers() {}

    /** Integers as they are, fractions to at most two decimals (JavaScript's toFixed(2), trailing zeros dropped). */
    public static String format(double value) {
        if (value == Math.rint(value) && !Double.isInfinite(value)) return Long.toString((long) value);
        String fixed = new BigDecimal(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
        if (fixed.charAt(fixed.length() - 1) != '0') return fixed;
        if (fixed.charAt(fixed.length() - 2) != '0') return fixed.substring(0, fixed.length() - 1);
        return fixed.substring(0, fixed.length() - 3);
    }

    public static String percent(double ratio) {
        return format(ratio * 100) + "%";
    }

    /** A figure as the verdict carries it: whole numbers as integers, as JSON gives them in JavaScript. */
    public static Number figure(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) (long) value : (Number) value;
    }
}
