package makerspace.peer.conditions;

/** Art. 5(6) 每年开展的创业沙龙、路演、创业大赛、创业教育培训等活动不少于5场次 (each activity held in the window counts). */
final class ActivityRule {
    private ActivityRule() {}

    static Rule of(Ruleset ruleset) {
        int required = ruleset.conditions().minActivities();
        RuleWording wording = new RuleWording("ART5_6_ACTIVITIES", "Art. 5(6)",
                new Text("每年开展的创业沙龙、路演、创业大赛、创业教育培训等活动", "Startup salons, roadshows, competitions, training and similar activities each year"),
                RuleWording.notFewer(String.valueOf(required), new Text("场次", "")));
        return j -> {
            OutsideWindow outside = null;
            int found = 0;
            for (Declaration.Activity a : j.declaration().figures().activities()) {
                if (j.inWindow(a.heldOn())) found += 1;
                else (outside = outside == null ? new OutsideWindow(j) : outside).flag(a.title(), a.heldOn());
            }
            return wording.verdict(found >= required, found, required, new Text(
                    j.windowFrom() + "至" + j.windowTo() + "期间" + found + "场次",
                    found + " from " + j.windowFrom() + " to " + j.windowTo()), OutsideWindow.flagsOf(outside));
        };
    }
}
