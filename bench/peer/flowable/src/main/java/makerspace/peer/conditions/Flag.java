package makerspace.peer.conditions;

/** One declared item a rule left out of its count, and why (RESIDENCY_OVER_LIMIT, OUTSIDE_WINDOW, ...). */
public record Flag(String code, String subject, Text message) {}
