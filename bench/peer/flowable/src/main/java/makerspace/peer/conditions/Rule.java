package makerspace.peer.conditions;

/** One filing condition: judges a declaration and always returns its verdict, passed or not. */
@FunctionalInterface
public interface Rule {
    Verdict judge(Judgement judgement);
}
