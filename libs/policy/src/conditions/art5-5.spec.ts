import type { CalendarDate } from '../calendar/calendar-date';
import { ANSHAN_2020 } from '../rulesets/anshan-2020';
import { ANSHAN_2020_V2 } from '../rulesets/anshan-2020-v2';
import { loadRuleset } from '../rulesets/load-ruleset';
import { aQualifyingApplication, someResidents, verdictOf } from '../testing/fixtures';
import { requiredPerResidents } from './art5-5-staff';
import { checkFilingConditions } from './check-filing-conditions';
import type { DeclaredFigures, Mentor } from './declared-figures';
import type { RuleId } from './verdict';

const SUBMITTED_ON: CalendarDate = '2021-06-15';
const RECENTLY: CalendarDate = '2020-06-15';

function judge(figures: Partial<DeclaredFigures>, ruleId: RuleId, ruleset = ANSHAN_2020) {
  return verdictOf(checkFilingConditions(aQualifyingApplication({ submittedOn: SUBMITTED_ON, figures }), ruleset), ruleId);
}

const staff = (total: number, professionalIncubation: number, property = 0) => ({ staff: { total, professionalIncubation, property } });
const mentors = (count: number, appointedBy: Mentor['appointedBy'] = 'INCUBATOR'): Mentor[] =>
  Array.from({ length: count }, (_, index) => ({ name: `Mentor ${index + 1}`, appointedBy }));

describe('Art. 5(5) 专业孵化服务人员占机构总人数60%以上: professional staff at least 60 %', () => {
  it('is met at exactly 60 % (3 of 5)', () => {
    expect(judge(staff(5, 3), 'ART5_5_PROFESSIONAL_STAFF_SHARE')).toMatchObject({ article: 'Art. 5(5)', passed: true, found: 0.6, required: 0.6 });
  });

  it('is not met at 59 % (59 of 100)', () => {
    expect(judge(staff(100, 59), 'ART5_5_PROFESSIONAL_STAFF_SHARE')).toMatchObject({ passed: false, found: 0.59 });
  });

  it('is met at 60 of 100 and at 61 of 100', () => {
    expect(judge(staff(100, 60), 'ART5_5_PROFESSIONAL_STAFF_SHARE').passed).toBe(true);
    expect(judge(staff(100, 61), 'ART5_5_PROFESSIONAL_STAFF_SHARE').passed).toBe(true);
  });

  it('read exclusively (60%以上 as "more than"), exactly 60 % is not enough', () => {
    const exclusive = loadRuleset({ ...ANSHAN_2020, interpretation: { inclusiveBounds: false } });
    expect(judge(staff(5, 3), 'ART5_5_PROFESSIONAL_STAFF_SHARE', exclusive).passed).toBe(false);
  });

  it('is not met by a space without staff', () => {
    expect(judge(staff(0, 0), 'ART5_5_PROFESSIONAL_STAFF_SHARE')).toMatchObject({ passed: false, found: 0 });
  });
});

describe('Art. 5(5) 不含物业服务人员: property staff are never professional staff', () => {
  it('is met when professional and property staff fit in the headcount', () => {
    expect(judge(staff(5, 3, 2), 'ART5_5_STAFF_WITHIN_TOTAL')).toMatchObject({ passed: true, found: 5, required: 5 });
  });

  it('is not met when property staff are also counted as professional', () => {
    const verdict = judge(staff(5, 4, 2), 'ART5_5_STAFF_WITHIN_TOTAL');
    expect(verdict).toMatchObject({ passed: false, found: 6, required: 5 });
    expect(verdict.message.en).toBe(
      'Professional incubation staff plus property staff: 4 + 2 = 6 (headcount 5); required no more than the headcount — not met.',
    );
  });
});

describe('Art. 5(5) 每15家入驻创业团队和企业至少配备1名专业孵化服务人员和1名创业导师', () => {
  it('requires ceil(residents ÷ 15), at least 1', () => {
    expect([0, 1, 15, 16, 30, 31].map((residents) => requiredPerResidents(residents, 15, 1))).toEqual([1, 1, 1, 2, 2, 3]);
  });

  it('15 residents: 1 professional staff member and 1 mentor are enough', () => {
    const figures = { residents: someResidents(15, RECENTLY), ...staff(1, 1), mentors: mentors(1) };
    expect(judge(figures, 'ART5_5_PROFESSIONAL_STAFF_PER_RESIDENTS')).toMatchObject({ passed: true, found: 1, required: 1 });
    expect(judge(figures, 'ART5_5_MENTORS_PER_RESIDENTS')).toMatchObject({ passed: true, found: 1, required: 1 });
  });

  it('16 residents: 1 professional staff member and 1 mentor are not enough', () => {
    const figures = { residents: someResidents(16, RECENTLY), ...staff(1, 1), mentors: mentors(1) };
    expect(judge(figures, 'ART5_5_PROFESSIONAL_STAFF_PER_RESIDENTS')).toMatchObject({ passed: false, found: 1, required: 2 });
    expect(judge(figures, 'ART5_5_MENTORS_PER_RESIDENTS')).toMatchObject({ passed: false, found: 1, required: 2 });
  });

  it('16 residents: 2 professional staff members and 2 mentors are enough', () => {
    const figures = { residents: someResidents(16, RECENTLY), ...staff(3, 2), mentors: mentors(2) };
    expect(judge(figures, 'ART5_5_PROFESSIONAL_STAFF_PER_RESIDENTS')).toMatchObject({ passed: true, required: 2 });
    expect(judge(figures, 'ART5_5_MENTORS_PER_RESIDENTS')).toMatchObject({ passed: true, required: 2 });
  });

  it('under version 1, counts residents as Art. 5(3) does: 16 declared, one over 36 months, 15 counted, 1 required', () => {
    const residents = [...someResidents(15, RECENTLY), { name: 'Veteran', kind: 'COMPANY' as const, movedInOn: '2018-01-01' as const, project: 'Steel' }];
    const verdict = judge({ residents, ...staff(1, 1), mentors: mentors(1) }, 'ART5_5_PROFESSIONAL_STAFF_PER_RESIDENTS');
    expect(verdict).toMatchObject({ passed: true, required: 1 });
    expect(verdict.message.en).toBe(
      'Professional incubation staff: 1 (15 counted residents need at least 1); required 1 for every 15 residents, and at least 1 — met.',
    );
  });

  it('requires 1 of each even without residents', () => {
    const figures = { residents: [], ...staff(1, 0, 1), mentors: [] };
    expect(judge(figures, 'ART5_5_PROFESSIONAL_STAFF_PER_RESIDENTS')).toMatchObject({ passed: false, found: 0, required: 1 });
    expect(judge(figures, 'ART5_5_MENTORS_PER_RESIDENTS')).toMatchObject({ passed: false, found: 0, required: 1 });
  });

  it('counts only mentors appointed by the provincial S&T department, an industry association or the incubator', () => {
    const figures = {
      mentors: [
        { name: 'Ms Li', appointedBy: 'PROVINCIAL_ST_DEPARTMENT' as const },
        { name: 'Mr Wang', appointedBy: 'OTHER' as const },
      ],
    };
    const verdict = judge(figures, 'ART5_5_MENTORS_PER_RESIDENTS');
    expect(verdict).toMatchObject({ passed: true, found: 1 });
    expect(verdict.flags.map((flag) => [flag.code, flag.subject])).toEqual([['MENTOR_NOT_RECOGNISED', 'Mr Wang']]);
  });
});

describe('Art. 5(5) per 15 residents counts every declared resident (version 2; the 36-month limit only concerns the minimum of 10 of Art. 5(3))', () => {
  const LONG_AGO: CalendarDate = '2018-01-01';
  /** `recent` residents moved in within 36 months and `longStaying` more than 36 months before 2021-06-15. */
  const residents = (recent: number, longStaying: number) => [
    ...someResidents(recent, RECENTLY),
    ...someResidents(longStaying, LONG_AGO).map((r, i) => ({ ...r, name: `Long-stay ${i + 1}` })),
  ];
  const required = (recent: number, longStaying: number, ruleset = ANSHAN_2020_V2) => {
    const figures = { residents: residents(recent, longStaying), ...staff(1, 1), mentors: mentors(1) };
    return [judge(figures, 'ART5_5_PROFESSIONAL_STAFF_PER_RESIDENTS', ruleset).required, judge(figures, 'ART5_5_MENTORS_PER_RESIDENTS', ruleset).required];
  };

  it('20 residents, 6 of them there for more than 36 months, need 2 professional staff and 2 mentors', () => {
    const figures = { residents: residents(14, 6), ...staff(1, 1), mentors: mentors(1) };
    const verdict = judge(figures, 'ART5_5_PROFESSIONAL_STAFF_PER_RESIDENTS', ANSHAN_2020_V2);
    expect(verdict).toMatchObject({ passed: false, found: 1, required: 2 });
    expect(verdict.message.en).toBe(
      'Professional incubation staff: 1 (20 declared residents need at least 2); required 1 for every 15 residents, and at least 1 — not met.',
    );
    expect(verdict.message.zh).toContain('按申报的20家入驻团队和企业,应至少2名');
    expect(judge(figures, 'ART5_5_MENTORS_PER_RESIDENTS', ANSHAN_2020_V2)).toMatchObject({ passed: false, found: 1, required: 2 });
    expect(judge({ ...figures, ...staff(3, 2), mentors: mentors(2) }, 'ART5_5_MENTORS_PER_RESIDENTS', ANSHAN_2020_V2).passed).toBe(true);
  });

  it('while version 1 asked the same space for 1 and 1 (14 counted residents)', () => {
    expect(required(14, 6, ANSHAN_2020)).toEqual([1, 1]);
  });

  it.each([
    [15, 0, 1],
    [9, 6, 1],
    [10, 6, 2],
    [0, 16, 2],
    [20, 10, 2],
    [20, 11, 3],
  ])('%i recent and %i long-staying residents need %i of each', (recent, longStaying, each) => {
    expect(required(recent, longStaying)).toEqual([each, each]);
  });

  it('the long-staying residents are still left out of the minimum of 10 of Art. 5(3)', () => {
    const verdict = judge({ residents: residents(9, 6) }, 'ART5_3_RESIDENTS', ANSHAN_2020_V2);
    expect(verdict).toMatchObject({ passed: false, found: 9 });
    expect(verdict.flags.map((flag) => flag.code)).toEqual(Array(6).fill('RESIDENCY_OVER_LIMIT'));
  });
});
