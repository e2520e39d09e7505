import type { As } from '@makerspace/testing';
import { SEED_OWNER, Seeds } from '../fuzz/fuzz-stack';

/** The callers of the access table: each role, and for roles bound to objects, one whose object it is and one whose it is not. */
export const CALLERS = [
  'applicant (owner)',
  'applicant (other organisation)',
  'district officer (venue division)',
  'district officer (other division)',
  'city officer',
  'expert (assigned)',
  'expert (not assigned)',
  'meeting secretary',
  'scheduler',
  'anonymous',
] as const;
export type Caller = (typeof CALLERS)[number];

/** The division of the seeded venue (Tiedong) and another (Tiexi). */
export const VENUE_DIVISION = '210302';
export const OTHER_DIVISION = '210303';
export const ASSIGNED_EXPERT = 'access-expert-1';

/** Who each caller is, signed in; the anonymous public sends no token. */
export function people(seeds: Seeds): Record<Caller, As | undefined> {
  return {
    'applicant (owner)': { id: SEED_OWNER, role: 'applicant', scope: seeds.organisationId },
    'applicant (other organisation)': { id: 'access-applicant-other', role: 'applicant', scope: 'access-other-organisation' },
    'district officer (venue division)': { id: 'officer-tiedong', role: 'district-officer', scope: VENUE_DIVISION },
    'district officer (other division)': { id: 'officer-tiexi', role: 'district-officer', scope: OTHER_DIVISION },
    'city officer': { id: 'officer-city', role: 'city-officer' },
    'expert (assigned)': { id: ASSIGNED_EXPERT, role: 'expert' },
    'expert (not assigned)': { id: 'access-expert-2', role: 'expert' },
    'meeting secretary': { id: 'secretary-1', role: 'meeting-secretary' },
    scheduler: { id: 'scheduler-1', role: 'scheduler' },
    anonymous: undefined,
  };
}
