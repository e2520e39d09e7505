package makerspace.peer.conditions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Art. 5(3): startup workstations, and resident teams and companies within the residency limit. */
final class ResidentRules {
    private ResidentRules() {}

    static List<Rule> of(Ruleset ruleset) {
        return List.of(startupWorkstations(ruleset), residents(ruleset));
    }

    /** 提供不少于15个创业工位. */
    private static Rule startupWorkstations(Ruleset ruleset) {
        int required = ruleset.conditions().minStartupWorkstations();
        RuleWording wording = new RuleWording("ART5_3_WORKSTATIONS", "Art. 5(3)", new Text("创业工位", "Startup workstations"),
                RuleWording.notFewer(String.valueOf(required), new Text("个", "")));
        return j -> {
            int found = j.declaration().figures().startupWorkstations();
            return wording.verdict(found >= required, found, required, new Text(found + "个", String.valueOf(found)));
        };
    }

    /** 入驻创业团队和企业不低于10家, counting only residents within the residency limit; the others are flags. */
    private static Rule residents(Ruleset ruleset) {
        int required = ruleset.conditions().minResidents();
        int months = ruleset.conditions().maxResidencyMonths();
        RuleWording wording = new RuleWording("ART5_3_RESIDENTS", "Art. 5(3)",
                new Text("入驻创业团队和企业(入驻不超过" + months + "个月)", "Resident teams and companies (resident no more than " + months + " months)"),
                RuleWording.notFewer(String.valueOf(required), new Text("家", "")));
        return j -> {
            Judgement.ResidentCount count = j.residents();
            return wording.verdict(count.eligible() >= required, count.eligible(), required,
                    new Text(count.eligible() + "家(申报" + count.declared() + "家)", count.eligible() + " (of " + count.declared() + " declared)"),
                    count.flags());
        };
    }

    /**
     * Residents are "normally resident no more than 36 months": those over the limit, or moving in
     * after the date judged, are flagged and not counted. The count also feeds Art. 5(5)'s minimums.
     */
    static Judgement.ResidentCount count(List<Declaration.Resident> residents, LocalDate asOf, Ruleset ruleset) {
        int limit = ruleset.conditions().maxResidencyMonths();
        LocalDate earliest = CalendarMonths.earliestWithin(asOf, limit);
        int eligible = 0;
        List<Flag> flags = null;
        for (Declaration.Resident r : residents) {
            if (r.movedInOn().isAfter(asOf)) {
                if (flags == null) flags = new ArrayList<>();
                flags.add(new Flag("MOVED_IN_AFTER_DATE", r.name(), new Text(
                        r.name() + "于" + r.movedInOn() + "入驻,晚于" + asOf + ",不计入",
                        r.name() + " moves in on " + r.movedInOn() + ", after " + asOf + ": not counted")));
            } else if (r.movedInOn().isBefore(earliest)) {
                if (flags == null) flags = new ArrayList<>();
                flags.add(new Flag("RESIDENCY_OVER_LIMIT", r.name(), new Text(
                        r.name() + "于" + r.movedInOn() + "入驻,至" + asOf + "已超过" + limit + "个月,不计入",
                        r.name() + " moved in on " + r.movedInOn() + ", over " + limit + " months before " + asOf + ": not counted")));
            } else {
                eligible += 1;
            }
        }
        return new Judgement.ResidentCount(residents.size(), eligible, flags == null ? List.of() : flags);
    }
}
