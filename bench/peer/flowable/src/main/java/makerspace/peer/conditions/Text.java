package makerspace.peer.conditions;

/** A message in both languages of the system. */
public record Text(String zh, String en) {}
