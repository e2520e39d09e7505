import type { ActingPerson, SpaceEvaluationState } from '@makerspace/contracts';
import { ANSHAN_2020 } from '@makerspace/policy';
import { checkConfirmation, checkSelfReportFiling } from './evaluation-rules';

const operator: ActingPerson = { id: 'user-1', role: 'applicant', scope: 'org-1' };
const cityOfficer: ActingPerson = { id: 'officer-city', role: 'city-officer', scope: null };

function evaluation(over: Partial<SpaceEvaluationState> = {}): SpaceEvaluationState {
  return {
    year: 2026,
    spaceId: 'space-1',
    status: 'AWAITING_REPORT',
    dueOn: '2027-04-30',
    reportFiledOn: null,
    reportMissed: false,
    result: null,
    confirmation: null,
    consequence: null,
    history: [],
    ...over,
  };
}

const scored = (grade: string) =>
  evaluation({ status: 'SCORED', reportFiledOn: '2027-03-01', result: { score: 70, grade, reportFiled: true, unqualified: grade === 'D', recommendedToProvince: grade === 'A', reasons: [] } });

describe('Art. 7 filing the performance report', () => {
  it('takes the report of the space’s own organisation up to the due day', () => {
    expect(checkSelfReportFiling(evaluation(), operator, 'org-1', '2027-04-30')).toBeUndefined();
  });

  it('refuses another organisation’s user', () => {
    expect(checkSelfReportFiling(evaluation(), { ...operator, scope: 'org-2' }, 'org-1', '2027-03-01')).toMatchObject({ code: 'NOT_YOURS' });
  });

  it('refuses staff filing in the operator’s place', () => {
    expect(checkSelfReportFiling(evaluation(), cityOfficer, 'org-1', '2027-03-01')).toMatchObject({ code: 'NOT_YOURS' });
  });

  it('refuses a report after the due day', () => {
    expect(checkSelfReportFiling(evaluation(), operator, 'org-1', '2027-05-01')).toMatchObject({ code: 'WRONG_STAGE', article: 'Art. 7' });
  });

  it('refuses a second report', () => {
    expect(checkSelfReportFiling(evaluation({ reportFiledOn: '2027-03-01' }), operator, 'org-1', '2027-03-02')).toMatchObject({ code: 'CLOSED' });
  });
});

describe('Art. 7 a city officer confirms or corrects the result', () => {
  it('confirms the scored grade without reasons', () => {
    expect(checkConfirmation(scored('C'), { actor: cityOfficer, outcome: 'CONFIRM' }, ANSHAN_2020)).toBeUndefined();
  });

  it('corrects to another grade of the scale with reasons', () => {
    expect(checkConfirmation(scored('C'), { actor: cityOfficer, outcome: 'CORRECT', grade: 'D', reasons: [{ text: 'on-site check found 8 residents', article: 'Art. 5(3)' }] }, ANSHAN_2020)).toBeUndefined();
  });

  it('refuses a correction without reasons', () => {
    expect(checkConfirmation(scored('C'), { actor: cityOfficer, outcome: 'CORRECT', grade: 'D' }, ANSHAN_2020)).toMatchObject({ code: 'REASON_REQUIRED', field: 'reasons' });
  });

  it('refuses a grade off the scale, or the same grade as a correction', () => {
    expect(checkConfirmation(scored('C'), { actor: cityOfficer, outcome: 'CORRECT', grade: 'E', reasons: [{ text: 'x' }] }, ANSHAN_2020)).toMatchObject({ code: 'INVALID', field: 'grade' });
    expect(checkConfirmation(scored('C'), { actor: cityOfficer, outcome: 'CORRECT', grade: 'C', reasons: [{ text: 'x' }] }, ANSHAN_2020)).toMatchObject({ code: 'INVALID' });
  });

  it('refuses anyone but a city officer', () => {
    expect(checkConfirmation(scored('C'), { actor: { id: 'd', role: 'district-officer', scope: '210302' }, outcome: 'CONFIRM' }, ANSHAN_2020)).toMatchObject({ code: 'NOT_YOURS' });
  });

  it('refuses before scoring and after confirmation', () => {
    expect(checkConfirmation(evaluation(), { actor: cityOfficer, outcome: 'CONFIRM' }, ANSHAN_2020)).toMatchObject({ code: 'WRONG_STAGE' });
    expect(checkConfirmation({ ...scored('C'), status: 'CONFIRMED' }, { actor: cityOfficer, outcome: 'CONFIRM' }, ANSHAN_2020)).toMatchObject({ code: 'CLOSED' });
  });
});
