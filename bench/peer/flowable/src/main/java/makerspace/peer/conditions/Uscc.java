package makerspace.peer.conditions;

/**
 * GB 32100-2015 统一社会信用代码, as libs/policy/src/identity/uscc.ts validates it: 18 characters,
 * characters 3-8 the registering authority's division code, the 18th a check character.
 */
public final class Uscc {
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int LENGTH = 18;
    private static final int DIVISION_START = 2;
    private static final int DIVISION_END = 8;

    private Uscc() {}

    /** Valid codes carry their division code; invalid ones the reason, in both languages. */
    public record Validation(boolean valid, String divisionCode, boolean registeredInCity, Text reason) {}

    public static Validation validate(String code, String cityDivisionPrefix) {
        if (code.length() != LENGTH) {
            return invalid("统一社会信用代码应为18位,实际为" + code.length() + "位",
                    "A unified social credit code has 18 characters, this one has " + code.length());
        }
        int sum = 0;
        for (int index = 0; index < LENGTH; index += 1) {
            char c = code.charAt(index);
            int value = CHARSET.indexOf(c);
            if (value < 0) {
                return invalid("第" + (index + 1) + "位字符“" + c + "”不允许(只允许0-9及除I、O、S、V、Z外的大写字母)",
                        "Character '" + c + "' at position " + (index + 1) + " is not allowed (0-9 and capital letters except I, O, S, V, Z)");
            }
            if (value > 9 && index >= DIVISION_START && index < DIVISION_END) {
                return invalid("第" + (index + 1) + "位应为数字(第3至8位为登记管理机关行政区划码)",
                        "Character '" + c + "' at position " + (index + 1) + " must be a digit (positions 3-8 are the division code)");
            }
            if (index < LENGTH - 1) sum += value * WEIGHTS[index];
        }
        char expected = CHARSET.charAt((31 - (sum % 31)) % 31);
        char found = code.charAt(LENGTH - 1);
        if (found != expected) {
            return invalid("校验码错误:第18位应为" + expected + ",实际为" + found,
                    "Checksum mismatch: check character expected " + expected + ", found " + found);
        }
        String divisionCode = code.substring(DIVISION_START, DIVISION_END);
        return new Validation(true, divisionCode, divisionCode.startsWith(cityDivisionPrefix), null);
    }

    private static Validation invalid(String zh, String en) {
        return new Validation(false, null, false, new Text(zh, en));
    }
}
