import { calendarYearWindow, isWithinWindow } from '../calendar/window';
import { countEligibleResidents } from '../conditions/eligible-residents';
import type { Ruleset } from '../rulesets/ruleset';
import type { Measure } from './measures';
import type { SelfReport } from './self-report';
import { yearEnd } from './year-end';

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/** The value of every scorecard measure for a self-report, over its evaluated calendar year. */
export function measureValues(report: SelfReport, ruleset: Ruleset): Record<Measure, number> {
  const { figures, performance } = report;
  const year = calendarYearWindow(report.evaluatedYear);
  const activities = figures.activities.filter((a) => isWithinWindow(a.heldOn, year));
  const financings = figures.financingsLast12Months.filter((f) => isWithinWindow(f.closedOn, year));
  const newCompanies = figures.newCompaniesLast12Months.filter((c) => isWithinWindow(c.registeredOn, year));
  const recognised = ruleset.conditions.recognisedMentorAppointers;
  return {
    ACTIVITIES_HELD: activities.length,
    ACTIVITY_PARTICIPANTS: activities.reduce((sum, a) => sum + a.participants, 0),
    MENTORS: figures.mentors.filter((m) => recognised.includes(m.appointedBy)).length,
    PROFESSIONAL_STAFF: figures.staff.professionalIncubation,
    WORKSTATION_OCCUPANCY: share(performance.occupiedWorkstations, figures.startupWorkstations),
    ELIGIBLE_RESIDENTS: countEligibleResidents(figures.residents, yearEnd(report.evaluatedYear), ruleset).eligible,
    NEW_COMPANIES: new Set(newCompanies.map((c) => c.name)).size,
    FINANCINGS: new Set(financings.map((f) => f.residentName)).size,
    FINANCING_AMOUNT_YUAN: financings.reduce((sum, f) => sum + f.amountYuan, 0),
    GRADUATED_COMPANIES: performance.graduatedCompanies,
    OPERATING_INCOME_YUAN: performance.operatingIncomeYuan,
    SERVICE_INCOME_SHARE: share(performance.serviceIncomeYuan, performance.operatingIncomeYuan),
    JOBS_CREATED: performance.jobsCreated,
  };
}
