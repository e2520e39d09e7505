/**
 * The figures a scorecard can weigh. Each is computed from a self-report in `measure-values.ts`; a
 * ruleset chooses which to use, under which indicator, and the target that earns full marks.
 */
export const MEASURES = [
  'ACTIVITIES_HELD',
  'ACTIVITY_PARTICIPANTS',
  'MENTORS',
  'PROFESSIONAL_STAFF',
  'WORKSTATION_OCCUPANCY',
  'ELIGIBLE_RESIDENTS',
  'NEW_COMPANIES',
  'FINANCINGS',
  'FINANCING_AMOUNT_YUAN',
  'GRADUATED_COMPANIES',
  'OPERATING_INCOME_YUAN',
  'SERVICE_INCOME_SHARE',
  'JOBS_CREATED',
] as const;
export type Measure = (typeof MEASURES)[number];
