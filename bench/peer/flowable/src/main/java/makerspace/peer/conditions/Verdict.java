package makerspace.peer.conditions;

import java.util.List;

/**
 * The outcome of one rule: what was found, what the Measures require, and a message for people.
 * `found` and `required` are a number, a yes/no, a code or date, or named counts, as in libs/policy.
 */
public record Verdict(String ruleId, String article, boolean passed, Object found, Object required, Text message, List<Flag> flags) {}
