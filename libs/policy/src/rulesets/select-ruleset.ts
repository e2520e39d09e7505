import type { CalendarDate } from '../calendar/calendar-date';
import { ANSHAN_2020 } from './anshan-2020';
import { ANSHAN_2020_V2 } from './anshan-2020-v2';
import type { Ruleset } from './ruleset';
import { RulesetError } from './ruleset-error';

/**
 * The rulesets shipped with the library, every version still named by an application in flight;
 * others are loaded as data with `loadRuleset`.
 */
export const RULESETS: readonly Ruleset[] = [ANSHAN_2020, ANSHAN_2020_V2];

/**
 * The ruleset an application submitted on `submittedOn` falls under: among those in force that day,
 * the one that took effect last (the higher version on the same day). The application keeps it for
 * its whole life; store its id and version and find it again with `rulesetByVersion`.
 */
export function selectRuleset(rulesets: readonly Ruleset[], submittedOn: CalendarDate): Ruleset {
  let selected: Ruleset | undefined;
  let tied = false;
  for (const candidate of rulesets) {
    if (candidate.effectiveFrom > submittedOn) continue;
    const order = selected === undefined ? 1 : compareRecency(candidate, selected);
    if (order > 0) {
      selected = candidate;
      tied = false;
    } else if (order === 0) {
      tied = true;
    }
  }
  if (selected === undefined) {
    throw new RulesetError(`No ruleset is in force on ${submittedOn}`);
  }
  if (tied) {
    throw new RulesetError(`More than one ruleset took effect on ${selected.effectiveFrom} with version ${selected.version}`);
  }
  return selected;
}

function compareRecency(a: Ruleset, b: Ruleset): number {
  if (a.effectiveFrom !== b.effectiveFrom) return a.effectiveFrom > b.effectiveFrom ? 1 : -1;
  return a.version - b.version;
}

/** The ruleset an application was submitted under, by the id and version it recorded. */
export function rulesetByVersion(id: string, version: number, rulesets: readonly Ruleset[] = RULESETS): Ruleset {
  const found = rulesets.find((ruleset) => ruleset.id === id && ruleset.version === version);
  if (found === undefined) {
    throw new RulesetError(`Unknown ruleset ${id} version ${version}`);
  }
  return found;
}
