import { checkFilingConditions } from '../conditions/check-filing-conditions';
import { aQualifyingApplication, someActivities } from '../testing/fixtures';
import { ANSHAN_2020 } from './anshan-2020';
import { loadRuleset } from './load-ruleset';
import { RulesetError } from './ruleset-error';
import { RULESETS, rulesetByVersion, selectRuleset } from './select-ruleset';

/**
 * A second version as it would arrive from a file: the city asks for 6 activities a year from 2023.
 * It goes through JSON, as a ruleset stored or shipped as data would.
 */
const VERSION_2 = loadRuleset(
  JSON.parse(
    JSON.stringify({
      ...ANSHAN_2020,
      version: 2,
      effectiveFrom: '2023-01-01',
      conditions: { ...ANSHAN_2020.conditions, minActivities: 6 },
    }),
  ),
);
const KNOWN = [ANSHAN_2020, VERSION_2];

describe('versioned rulesets: an application keeps the version it was submitted under', () => {
  it('ships the Anshan 2020 trial Measures as the default, in force from 2020-10-10', () => {
    expect(RULESETS).toEqual([ANSHAN_2020]);
    expect(ANSHAN_2020).toMatchObject({ id: 'anshan-2020-trial', version: 1, effectiveFrom: '2020-10-10' });
  });

  it('an application submitted the day before version 2 takes effect gets version 1', () => {
    expect(selectRuleset(KNOWN, '2022-12-31').version).toBe(1);
  });

  it('an application submitted on or after the day version 2 takes effect gets version 2', () => {
    expect(selectRuleset(KNOWN, '2023-01-01').version).toBe(2);
    expect(selectRuleset(KNOWN, '2024-05-20').version).toBe(2);
  });

  it('an earlier application keeps version 1 when judged again after version 2 took effect', () => {
    const submittedOn = '2022-11-15' as const;
    const chosen = selectRuleset(KNOWN, submittedOn);
    const stored = { rulesetId: chosen.id, rulesetVersion: chosen.version };

    const input = aQualifyingApplication({ submittedOn, figures: { activities: someActivities(5, '2022-11-01') } });
    const later = rulesetByVersion(stored.rulesetId, stored.rulesetVersion, KNOWN);
    expect(later).toBe(ANSHAN_2020);
    expect(checkFilingConditions(input, later)).toMatchObject({ rulesetVersion: 1, passed: true });

    const sameFiguresUnderVersion2 = checkFilingConditions(input, VERSION_2);
    expect(sameFiguresUnderVersion2).toMatchObject({ rulesetVersion: 2, passed: false });
  });

  it('finds the default ruleset by id and version without a list', () => {
    expect(rulesetByVersion('anshan-2020-trial', 1)).toBe(ANSHAN_2020);
  });

  it('knows no ruleset before the Measures took effect', () => {
    expect(() => selectRuleset(KNOWN, '2020-10-09')).toThrow(new RulesetError('No ruleset is in force on 2020-10-09'));
  });

  it('refuses an unknown version', () => {
    expect(() => rulesetByVersion('anshan-2020-trial', 3, KNOWN)).toThrow('Unknown ruleset anshan-2020-trial version 3');
  });

  it('refuses to choose between two rulesets of the same date and version', () => {
    const twin = loadRuleset({ ...VERSION_2, id: 'anshan-2023-draft' });
    expect(() => selectRuleset([...KNOWN, twin], '2023-02-01')).toThrow(RulesetError);
  });

  it('prefers the higher version among rulesets taking effect the same day', () => {
    const correction = loadRuleset({ ...VERSION_2, version: 3 });
    expect(selectRuleset([correction, ...KNOWN], '2023-01-01').version).toBe(3);
  });
});
