import { z } from 'zod';
import { Evidence, SpaceRef } from '../events/supervision-shapes';
import { ActingPerson } from './filing-message-schemas';

/** What starts the supervision workflows: a year's cycle, one space's evaluation, one change. */

const Year = z.number().int().min(2000).max(9998);

/** Opens the Art. 7 evaluation of `year` (a calendar year) for every space under supervision. */
export const EvaluationCycleInput = z.object({ year: Year });
export type EvaluationCycleInput = z.infer<typeof EvaluationCycleInput>;

/** One space's evaluation for one year, under the ruleset the cycle chose. */
export const SpaceEvaluationInput = z.object({
  year: Year,
  space: SpaceRef,
  rulesetId: z.string().min(1),
  rulesetVersion: z.number().int().positive(),
});
export type SpaceEvaluationInput = z.infer<typeof SpaceEvaluationInput>;

/**
 * One change of a filed space (Art. 8), reported by its operator or registered by a city officer
 * who found it. `change` is the policy `SpaceChange` (kind, effectiveOn, new values); the ruleset
 * is the one in force on the effective date.
 */
export const SpaceChangeInput = z.object({
  changeId: z.string().min(1).max(100),
  space: SpaceRef,
  change: z.record(z.string(), z.unknown()),
  source: z.enum(['OPERATOR', 'STAFF']),
  registeredBy: ActingPerson,
  /** Present when the operator reports the change itself. */
  report: z.object({ evidence: z.array(Evidence).max(50), note: z.string().max(4000).optional() }).nullable(),
  rulesetId: z.string().min(1),
  rulesetVersion: z.number().int().positive(),
});
export type SpaceChangeInput = z.infer<typeof SpaceChangeInput>;
