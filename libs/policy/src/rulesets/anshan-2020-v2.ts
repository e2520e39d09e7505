import { ANSHAN_2020 } from './anshan-2020';
import { deepFreeze } from './freeze';
import type { Ruleset } from './ruleset';

/**
 * The same Measures read as domain.md reads Art. 5(5): one professional incubation staff member and
 * one mentor for every 15 residents the space declares, however long each has been in (the 36-month
 * limit of Art. 5(3) only takes a resident out of the minimum of 10). Version 1 counted only the
 * residents within that limit. Applications submitted from `effectiveFrom` are judged under this
 * version; those submitted before keep version 1, and so their verdicts.
 */
export const ANSHAN_2020_V2: Ruleset = deepFreeze({
  ...ANSHAN_2020,
  version: 2,
  effectiveFrom: '2026-12-07',
  conditions: { ...ANSHAN_2020.conditions, perResidentsCount: 'ALL_DECLARED' },
});
