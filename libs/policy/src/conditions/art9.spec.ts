import { banEndsOn, isBanActive } from '../calendar/ban';
import { ANSHAN_2020 } from '../rulesets/anshan-2020';
import { loadRuleset } from '../rulesets/load-ruleset';
import { checkNoActiveBan } from './art9-ban';

describe('Art. 9 弄虚作假 ... 2年内不得再次申报: a 2-year ban from the decision', () => {
  it('ends 2 calendar years after the decision, that day included', () => {
    expect(banEndsOn('2021-03-15')).toBe('2023-03-15');
  });

  it('decided on 29 February, ends on 28 February two years on', () => {
    expect(banEndsOn('2024-02-29')).toBe('2026-02-28');
  });

  it('follows the ruleset length', () => {
    const threeYears = loadRuleset({ ...ANSHAN_2020, fraud: { banYears: 3 } });
    expect(banEndsOn('2021-03-15', threeYears)).toBe('2024-03-15');
  });

  it('is in force from the decision day to its last day, and not the day after', () => {
    const ban = { decidedOn: '2021-03-15', endsOn: banEndsOn('2021-03-15') } as const;
    expect(isBanActive(ban, '2021-03-14')).toBe(false);
    expect(isBanActive(ban, '2021-03-15')).toBe(true);
    expect(isBanActive(ban, '2023-03-15')).toBe(true);
    expect(isBanActive(ban, '2023-03-16')).toBe(false);
  });

  it('refuses a submission on the last day of a ban, naming that day', () => {
    const verdict = checkNoActiveBan([{ decidedOn: '2021-03-15', endsOn: '2023-03-15' }], '2023-03-15');
    expect(verdict).toMatchObject({ ruleId: 'ART9_NO_ACTIVE_BAN', article: 'Art. 9', passed: false, found: '2023-03-15', required: 'none' });
    expect(verdict.message.en).toBe(
      'No new application while a ban for fraud is in force: banned through 2023-03-15; may apply again from 2023-03-16; required no ban in force — not met.',
    );
    expect(verdict.message.zh).toBe('因弄虚作假被取消资格后不得再次申报:禁止申报至2023-03-15（含当日），自2023-03-16起可再次申报;要求无有效禁令——不符合。');
  });

  it('accepts a submission the day after the ban, or with no ban', () => {
    expect(checkNoActiveBan([{ decidedOn: '2021-03-15', endsOn: '2023-03-15' }], '2023-03-16')).toMatchObject({ passed: true, found: 'none' });
    expect(checkNoActiveBan([], '2023-03-16').passed).toBe(true);
  });

  it('names the latest end among several bans in force', () => {
    const bans = [
      { decidedOn: '2021-01-10', endsOn: '2023-01-10' },
      { decidedOn: '2022-05-01', endsOn: '2024-05-01' },
    ] as const;
    expect(checkNoActiveBan(bans, '2022-06-01').found).toBe('2024-05-01');
  });
});
