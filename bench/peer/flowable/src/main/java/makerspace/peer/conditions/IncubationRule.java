package makerspace.peer.conditions;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Art. 5(4) 入驻创业团队每年注册成为新企业数不低于2家,或每年有不低于1家获得融资. Only events in the
 * window count, and each company or financed resident counts once however many rounds it has.
 */
final class IncubationRule {
    private IncubationRule() {}

    static Rule of(Ruleset ruleset) {
        int minNew = ruleset.conditions().minNewCompanies();
        int minFin = ruleset.conditions().minFinancings();
        RuleWording wording = new RuleWording("ART5_4_NEW_COMPANIES_OR_FINANCING", "Art. 5(4)",
                new Text("入驻团队每年注册新企业或获得融资", "Resident teams registered as new companies or financed each year"),
                new Text("注册新企业不低于" + minNew + "家,或获得融资不低于" + minFin + "家", "at least " + minNew + " new companies or at least " + minFin + " financed"));
        return j -> {
            OutsideWindow outside = null;
            Set<String> companies = new HashSet<>();
            for (Declaration.NewCompany c : j.declaration().figures().newCompaniesLast12Months()) {
                if (j.inWindow(c.registeredOn())) companies.add(c.name());
                else (outside = outside == null ? new OutsideWindow(j) : outside).flag(c.name(), c.registeredOn());
            }
            Set<String> financed = new HashSet<>();
            for (Declaration.Financing f : j.declaration().figures().financingsLast12Months()) {
                if (j.inWindow(f.closedOn())) financed.add(f.residentName());
                else (outside = outside == null ? new OutsideWindow(j) : outside).flag(f.residentName(), f.closedOn());
            }
            int n = companies.size();
            int fin = financed.size();
            return wording.verdict(n >= minNew || fin >= minFin, counts(n, fin), counts(minNew, minFin), new Text(
                    j.windowFrom() + "至" + j.windowTo() + "期间注册新企业" + n + "家,获得融资" + fin + "家",
                    n + " new companies and " + fin + " financed from " + j.windowFrom() + " to " + j.windowTo()), OutsideWindow.flagsOf(outside));
        };
    }

    private static Map<String, Integer> counts(int newCompanies, int financings) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("newCompanies", newCompanies);
        m.put("financings", financings);
        return m;
    }
}
