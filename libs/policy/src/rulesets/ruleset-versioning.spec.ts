import type { CalendarDate } from '../calendar/calendar-date';
import { checkFilingConditions } from '../conditions/check-filing-conditions';
import { aQualifyingApplication, someActivities, someResidents } from '../testing/fixtures';
import { ANSHAN_2020 } from './anshan-2020';
import { ANSHAN_2020_V2 } from './anshan-2020-v2';
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
  it('ships the Anshan 2020 trial Measures in force from 2020-10-10, and their version 2 from 2026-12-07', () => {
    expect(RULESETS).toEqual([ANSHAN_2020, ANSHAN_2020_V2]);
    expect(ANSHAN_2020).toMatchObject({ id: 'anshan-2020-trial', version: 1, effectiveFrom: '2020-10-10' });
    expect(ANSHAN_2020_V2).toMatchObject({ id: 'anshan-2020-trial', version: 2, effectiveFrom: '2026-12-07' });
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

/**
 * Version 2 counts every declared resident for the per-15 minimums of Art. 5(5) (domain.md); version
 * 1 counted only those within the 36-month limit. A space with 20 residents, 6 of them there for more
 * than 36 months, 1 professional staff member and 1 mentor.
 */
describe('Art. 5(5) on all declared residents, from version 2: applications submitted before keep their verdicts', () => {
  const twentyResidentsSixLongStaying = (submittedOn: CalendarDate) =>
    aQualifyingApplication({
      submittedOn,
      figures: {
        residents: [...someResidents(14, '2026-01-05'), ...someResidents(6, '2022-03-01').map((r, i) => ({ ...r, name: `Long-stay ${i + 1}` }))],
        staff: { total: 1, professionalIncubation: 1, property: 0 },
        mentors: [{ name: 'Mentor A', appointedBy: 'INCUBATOR' }],
      },
    });
  const perResidents = (report: ReturnType<typeof checkFilingConditions>) =>
    report.verdicts
      .filter((v) => v.ruleId === 'ART5_5_PROFESSIONAL_STAFF_PER_RESIDENTS' || v.ruleId === 'ART5_5_MENTORS_PER_RESIDENTS')
      .map((v) => [v.ruleId, v.passed, v.required]);

  it('submitted the day before version 2, the application is judged under version 1: 14 counted residents need 1 of each', () => {
    const submittedOn = '2026-12-06' as const;
    const ruleset = selectRuleset(RULESETS, submittedOn);
    const report = checkFilingConditions(twentyResidentsSixLongStaying(submittedOn), ruleset);
    expect(report).toMatchObject({ rulesetVersion: 1, passed: true });
    expect(perResidents(report)).toEqual([
      ['ART5_5_PROFESSIONAL_STAFF_PER_RESIDENTS', true, 1],
      ['ART5_5_MENTORS_PER_RESIDENTS', true, 1],
    ]);
  });

  it('judged again after version 2 took effect, by the version it recorded, it keeps that verdict', () => {
    const submittedOn = '2026-12-06' as const;
    const recorded = selectRuleset(RULESETS, submittedOn);
    const later = rulesetByVersion(recorded.id, recorded.version);
    expect(later).toBe(ANSHAN_2020);
    expect(checkFilingConditions(twentyResidentsSixLongStaying(submittedOn), later).passed).toBe(true);
  });

  it('the same space submitted on the day version 2 takes effect needs 2 professional staff and 2 mentors for its 20 residents', () => {
    const submittedOn = '2026-12-07' as const;
    const report = checkFilingConditions(twentyResidentsSixLongStaying(submittedOn), selectRuleset(RULESETS, submittedOn));
    expect(report).toMatchObject({ rulesetVersion: 2, passed: false });
    expect(perResidents(report)).toEqual([
      ['ART5_5_PROFESSIONAL_STAFF_PER_RESIDENTS', false, 2],
      ['ART5_5_MENTORS_PER_RESIDENTS', false, 2],
    ]);
  });
});
