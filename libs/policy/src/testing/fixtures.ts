import { addDays } from '../calendar/days';
import type { CalendarDate } from '../calendar/calendar-date';
import { addCalendarMonths } from '../calendar/months';
import type { Activity, DeclaredFigures, FilingCheckInput, Organisation, Resident, Venue } from '../conditions/declared-figures';
import type { RuleId, Verdict } from '../conditions/verdict';
import type { PerformanceFigures, SelfReport } from '../evaluation/self-report';
import { yearEnd } from '../evaluation/year-end';
import { usccCheckCharacter } from '../identity/uscc';

// Builders for other projects' tests. Every date is relative to the submission date, so an
// application built for any date passes every Art. 5 rule of the default ruleset on that date.

export const DEFAULT_SUBMITTED_ON: CalendarDate = '2021-06-15';

/**
 * A valid unified social credit code: registration authority 9 (market regulation), type 1
 * (company), the given division, and a 9-character organisation code.
 */
export function aValidUscc(divisionCode = '210302', organisationCode = 'MA0Y4Q2X5'): string {
  const first17 = `91${divisionCode}${organisationCode}`;
  return first17 + usccCheckCharacter(first17);
}

/** `count` residents, all moved in on `movedInOn`, alternately teams and companies. */
export function someResidents(count: number, movedInOn: CalendarDate): Resident[] {
  return Array.from({ length: count }, (_, index) => ({
    name: `Resident ${String(index + 1).padStart(2, '0')}`,
    kind: index % 2 === 0 ? 'TEAM' : 'COMPANY',
    movedInOn,
    project: 'Industrial software',
  }));
}

/** `count` activities held one a fortnight, the last on `lastHeldOn`. */
export function someActivities(count: number, lastHeldOn: CalendarDate): Activity[] {
  const kinds = ['SALON', 'ROADSHOW', 'COMPETITION', 'TRAINING', 'OTHER'] as const;
  return Array.from({ length: count }, (_, index) => ({
    heldOn: addDays(lastHeldOn, -14 * index),
    kind: kinds[index % kinds.length],
    title: `Activity ${index + 1}`,
    participants: 30,
  }));
}

/** Figures that meet every Art. 5 condition on `submittedOn`, each with a margin. */
export function qualifyingFigures(submittedOn: CalendarDate = DEFAULT_SUBMITTED_ON): DeclaredFigures {
  return {
    totalAreaM2: 800,
    workstationAreaM2: 450,
    publicServiceAreaM2: 200,
    facilities: { freeOrLowCostInternet: true, publicSoftware: true, sharedOfficeEquipment: true },
    startupWorkstations: 40,
    residents: someResidents(12, addCalendarMonths(submittedOn, -12)),
    newCompaniesLast12Months: [
      { name: 'Resident 01', registeredOn: addCalendarMonths(submittedOn, -3) },
      { name: 'Resident 03', registeredOn: addCalendarMonths(submittedOn, -5) },
    ],
    financingsLast12Months: [{ residentName: 'Resident 02', amountYuan: 500_000, investor: 'Anshan Angel Fund', closedOn: addCalendarMonths(submittedOn, -4) }],
    staff: { total: 5, professionalIncubation: 4, property: 1 },
    mentors: [
      { name: 'Mentor A', appointedBy: 'INCUBATOR' },
      { name: 'Mentor B', appointedBy: 'INDUSTRY_ASSOCIATION' },
    ],
    activities: someActivities(6, addDays(submittedOn, -7)),
  };
}

export interface QualifyingApplicationOptions {
  readonly submittedOn?: CalendarDate;
  readonly organisation?: Partial<Organisation>;
  readonly venue?: Partial<Venue>;
  readonly figures?: Partial<DeclaredFigures>;
}

/**
 * An application that passes every filing condition of the default ruleset on its submission date
 * (2021-06-15 unless given): an organisation registered two years earlier in Tiedong District with
 * a valid USCC, and `qualifyingFigures`. Overrides replace whole fields of each part.
 */
export function aQualifyingApplication(options: QualifyingApplicationOptions = {}): FilingCheckInput {
  const submittedOn = options.submittedOn ?? DEFAULT_SUBMITTED_ON;
  return {
    organisation: {
      uscc: aValidUscc('210302'),
      registeredOn: addCalendarMonths(submittedOn, -24),
      independentLegalPerson: true,
      ...options.organisation,
    },
    venue: { divisionCode: '210302', ...options.venue },
    figures: { ...qualifyingFigures(submittedOn), ...options.figures },
    submittedOn,
  };
}

export interface SelfReportOptions {
  readonly evaluatedYear?: number;
  readonly figures?: Partial<DeclaredFigures>;
  readonly performance?: Partial<PerformanceFigures>;
}

/**
 * A performance report (Art. 7) for a space that still meets every Art. 5 condition on the last day
 * of the evaluated year (2021 unless given). Its default performance scores 72.6 of 100 on the
 * default scorecard: grade C, qualified.
 */
export function aSelfReport(options: SelfReportOptions = {}): SelfReport {
  const evaluatedYear = options.evaluatedYear ?? 2021;
  const { organisation, venue, figures } = aQualifyingApplication({
    submittedOn: yearEnd(evaluatedYear),
    figures: options.figures,
  });
  return {
    evaluatedYear,
    organisation,
    venue,
    figures,
    performance: {
      occupiedWorkstations: 32,
      jobsCreated: 50,
      graduatedCompanies: 2,
      operatingIncomeYuan: 1_000_000,
      serviceIncomeYuan: 300_000,
      ...options.performance,
    },
  };
}

/** The verdict of one rule in a report; throws when the report has none, so a test fails loudly. */
export function verdictOf(report: { readonly verdicts: readonly Verdict[] }, ruleId: RuleId): Verdict {
  const found = report.verdicts.find((verdict) => verdict.ruleId === ruleId);
  if (found === undefined) throw new Error(`No verdict for ${ruleId}`);
  return found;
}
