package makerspace.peer.conditions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Flags items dated outside the look-back window (Art. 5(4), 5(6)), so the applicant sees why they were not counted. */
final class OutsideWindow {
    final List<Flag> flags = new ArrayList<>();
    private final Text ending;

    OutsideWindow(Judgement j) {
        ending = new Text(")不在" + j.windowFrom() + "至" + j.windowTo() + "期间,不计入", ") is outside " + j.windowFrom() + " to " + j.windowTo() + ": not counted");
    }

    void flag(String name, LocalDate date) {
        flags.add(new Flag("OUTSIDE_WINDOW", name, new Text(name + "(" + date + ending.zh(), name + " (" + date + ending.en())));
    }

    static List<Flag> flagsOf(OutsideWindow outside) {
        return outside == null ? null : outside.flags;
    }
}
