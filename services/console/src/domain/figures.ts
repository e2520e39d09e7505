import type { CalendarDate, DeclaredFigures } from '@makerspace/policy';

/** The figures of a new application before anything is declared. */
export function emptyFigures(): DeclaredFigures {
  return {
    totalAreaM2: 0,
    workstationAreaM2: 0,
    publicServiceAreaM2: 0,
    facilities: { freeOrLowCostInternet: false, publicSoftware: false, sharedOfficeEquipment: false },
    startupWorkstations: 0,
    residents: [],
    newCompaniesLast12Months: [],
    financingsLast12Months: [],
    staff: { total: 0, professionalIncubation: 0, property: 0 },
    mentors: [],
    activities: [],
  };
}

/** The wizard's steps over the declared figures, in the order of Art. 5. */
export const FIGURE_STEPS = ['venue', 'residents', 'results', 'staff', 'activities'] as const;
export type FigureStep = (typeof FIGURE_STEPS)[number];

/**
 * A date as typed into the form: kept as it is, possibly empty or incomplete, so the pre-check
 * can name what is missing; the schema judges it (`livePrecheck`, the service).
 */
export function typedDate(value: string): CalendarDate {
  return value as CalendarDate;
}
