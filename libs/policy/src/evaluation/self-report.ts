import { z } from 'zod';
import { SpaceDeclaration } from '../conditions/declared-figures';

const count = z.int().nonnegative();
const yuan = z.number().nonnegative().finite();

/** Figures of the performance report that Art. 5 does not ask for. */
export const PerformanceFigures = z.object({
  /** Startup workstations in use at the end of the year. */
  occupiedWorkstations: count,
  /** Jobs created by the residents during the year (创业带动就业). */
  jobsCreated: count,
  /** Residents that left the space grown during the year (毕业企业). */
  graduatedCompanies: count,
  operatingIncomeYuan: yuan,
  /** The part of the operating income earned by services rather than rent. */
  serviceIncomeYuan: yuan,
});
export type PerformanceFigures = z.infer<typeof PerformanceFigures>;

/**
 * Art. 7 the yearly performance report: the space as declared at the end of the evaluated year
 * (events dated in that calendar year count for Art. 5(4) and 5(6)) and the performance figures.
 */
export const SelfReport = SpaceDeclaration.extend({
  evaluatedYear: z.int().min(2000).max(9998),
  performance: PerformanceFigures,
});
export type SelfReport = z.infer<typeof SelfReport>;
