import { changeReminderDates, changeReportDeadline, changeReportedInTime } from '../calendar/change-deadline';
import { endOfDayShanghai } from '../calendar/shanghai';
import type { SpaceDeclaration } from '../conditions/declared-figures';
import { ANSHAN_2020 } from '../rulesets/anshan-2020';
import { aQualifyingApplication, aValidUscc, verdictOf } from '../testing/fixtures';
import { checkChange } from './check-change';
import { SpaceChange } from './space-change';

// A space filed in 2021 whose figures still hold in early 2022.
const { organisation, venue, figures } = aQualifyingApplication({ submittedOn: '2022-03-01' });
const current: SpaceDeclaration = { organisation, venue, figures };

describe('Art. 8 需在3个月内向市科技局报告: the 3-month change deadline', () => {
  it('is the same day 3 calendar months after the change took effect', () => {
    expect(changeReportDeadline('2021-05-10')).toBe('2021-08-10');
  });

  it('month end: a change effective 30 November must be reported by 28 February', () => {
    expect(changeReportDeadline('2021-11-30')).toBe('2022-02-28');
    expect(changeReportDeadline('2023-11-30')).toBe('2024-02-29');
  });

  it('runs to the end of that day in Asia/Shanghai', () => {
    expect(endOfDayShanghai(changeReportDeadline('2021-11-30')).toISOString()).toBe('2022-02-28T16:00:00.000Z');
  });

  it('reminds an operator that has not reported 30, 7 and 1 days before the deadline', () => {
    expect(changeReminderDates('2021-11-30')).toEqual(['2022-01-29', '2022-02-21', '2022-02-27']);
  });

  it('a report on the last day is in time; a day later is late', () => {
    expect(changeReportedInTime('2021-11-30', '2022-02-28')).toBe(true);
    expect(changeReportedInTime('2021-11-30', '2022-03-01')).toBe(false);
  });
});

describe('Art. 8 符合本办法要求的,同意变更;对不符合本办法要求的,取消资格', () => {
  it('revokes when the area is reduced to 450 m²', () => {
    const change = SpaceChange.parse({
      kind: 'AREA',
      effectiveOn: '2022-03-01',
      areas: { totalAreaM2: 450, workstationAreaM2: 300, publicServiceAreaM2: 100 },
    });
    const check = checkChange(current, change, ANSHAN_2020);
    expect(check).toMatchObject({ kind: 'AREA', outcome: 'REVOKE', passed: false, reportDeadline: '2022-06-01' });
    expect(verdictOf(check, 'ART5_2_AREA')).toMatchObject({ passed: false, found: 450, required: 500 });
    expect(check.verdicts.filter((v) => !v.passed).map((v) => v.ruleId)).toEqual(['ART5_2_AREA']);
  });

  it('approves an area change that still meets Art. 5(2)', () => {
    const check = checkChange(
      current,
      { kind: 'AREA', effectiveOn: '2022-03-01', areas: { totalAreaM2: 600, workstationAreaM2: 350, publicServiceAreaM2: 100 } },
      ANSHAN_2020,
    );
    expect(check).toMatchObject({ outcome: 'APPROVE', passed: true });
  });

  it('revokes when the new workstation and public area fall below 75 %', () => {
    const check = checkChange(
      current,
      { kind: 'AREA', effectiveOn: '2022-03-01', areas: { totalAreaM2: 800, workstationAreaM2: 400, publicServiceAreaM2: 199.99 } },
      ANSHAN_2020,
    );
    expect(check.outcome).toBe('REVOKE');
    expect(verdictOf(check, 'ART5_2_SERVICE_AREA_SHARE').passed).toBe(false);
  });

  it('approves a change of name', () => {
    expect(checkChange(current, { kind: 'NAME', effectiveOn: '2022-03-01', name: '鞍山创客工场' }, ANSHAN_2020).outcome).toBe('APPROVE');
  });

  it('revokes a move out of the city', () => {
    const check = checkChange(
      current,
      {
        kind: 'LOCATION',
        effectiveOn: '2022-03-01',
        venue: { divisionCode: '210102' },
        areas: { totalAreaM2: 800, workstationAreaM2: 450, publicServiceAreaM2: 200 },
      },
      ANSHAN_2020,
    );
    expect(check.outcome).toBe('REVOKE');
    expect(check.verdicts.filter((v) => !v.passed).map((v) => v.ruleId)).toEqual(['ART6_1_VENUE_DIVISION']);
  });

  it('approves a move to Haicheng with a qualifying venue', () => {
    const check = checkChange(
      current,
      {
        kind: 'LOCATION',
        effectiveOn: '2022-03-01',
        venue: { divisionCode: '210381' },
        areas: { totalAreaM2: 520, workstationAreaM2: 300, publicServiceAreaM2: 90 },
      },
      ANSHAN_2020,
    );
    expect(check.outcome).toBe('APPROVE');
  });

  it('revokes a handover to an operating organisation registered less than 6 months earlier', () => {
    const check = checkChange(
      current,
      {
        kind: 'OPERATING_ORGANISATION',
        effectiveOn: '2022-03-01',
        organisation: { uscc: aValidUscc('210303', 'MA10000X1'), registeredOn: '2021-12-01', independentLegalPerson: true },
      },
      ANSHAN_2020,
    );
    expect(check.outcome).toBe('REVOKE');
    expect(verdictOf(check, 'ART5_1_OPERATING_AGE')).toMatchObject({ passed: false, found: 3 });
  });

  it('judges the yearly figures over the 12 months before the change took effect', () => {
    const check = checkChange(current, { kind: 'NAME', effectiveOn: '2023-06-01', name: 'Later' }, ANSHAN_2020);
    expect(check.window).toEqual({ from: '2022-06-01', to: '2023-06-01' });
    expect(verdictOf(check, 'ART5_6_ACTIVITIES').passed).toBe(false);
    expect(check.outcome).toBe('REVOKE');
  });

  it('refuses a change report without the new values of its kind', () => {
    expect(SpaceChange.safeParse({ kind: 'AREA', effectiveOn: '2022-03-01' }).success).toBe(false);
  });
});
