import type { ProcedureRole } from '@makerspace/policy';

const ROLES: Record<ProcedureRole, string> = {
  APPLICANT: 'applicant',
  DISTRICT_OFFICER: 'district-officer',
  CITY_OFFICER: 'city-officer',
  EXPERT: 'expert',
  DIRECTOR_MEETING: 'meeting-secretary',
};

/** The role that works a ruleset's desk (`assignee`, `escalateTo` of a stage) in this system. */
export const roleOf = (desk: ProcedureRole): string => ROLES[desk];
