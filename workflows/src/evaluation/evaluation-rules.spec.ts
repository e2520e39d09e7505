import type { ActingPerson } from '@makerspace/contracts';
import { ANSHAN_2020 } from '@makerspace/policy';
import { checkConfirmation, checkSelfReportFiling } from './evaluation-rules';
import { anEvaluation } from './evaluation-state.fixture';

const operator: ActingPerson = { id: 'user-1', role: 'applicant', scope: 'org-1' };
const cityOfficer: ActingPerson = { id: 'officer-city', role: 'city-officer', scope: null };

const evaluation = anEvaluation;

const scored = (grade: string) =>
  evaluation({
    status: 'SCORED',
    reportFiledOn: '2027-03-01',
    result: { score: 70, grade, reportFiled: true, unqualified: grade === 'D', recommendedToProvince: grade === 'A', reasons: [] },
  });

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

  it('refuses a report after the due day, saying the due day was the last and the next day late, in both languages', () => {
    const refusal = checkSelfReportFiling(evaluation(), operator, 'org-1', '2027-05-01');
    expect(refusal).toMatchObject({ code: 'WRONG_STAGE', article: 'Art. 7' });
    expect(refusal?.message).toBe(
      'the report for 2026 is no longer taken: to be filed on or before 2027-04-30; late from 2027-05-01 / 2026年度绩效报告不再受理：报送期限至2027-04-30（含当日），2027-05-01起逾期',
    );
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
    expect(
      checkConfirmation(
        scored('C'),
        { actor: cityOfficer, outcome: 'CORRECT', grade: 'D', reasons: [{ text: 'on-site check found 8 residents', article: 'Art. 5(3)' }] },
        ANSHAN_2020,
      ),
    ).toBeUndefined();
  });

  it('refuses a correction without reasons', () => {
    expect(checkConfirmation(scored('C'), { actor: cityOfficer, outcome: 'CORRECT', grade: 'D' }, ANSHAN_2020)).toMatchObject({
      code: 'REASON_REQUIRED',
      field: 'reasons',
    });
  });

  it('refuses a grade off the scale, or the same grade as a correction', () => {
    expect(checkConfirmation(scored('C'), { actor: cityOfficer, outcome: 'CORRECT', grade: 'E', reasons: [{ text: 'x' }] }, ANSHAN_2020)).toMatchObject({
      code: 'INVALID',
      field: 'grade',
    });
    expect(checkConfirmation(scored('C'), { actor: cityOfficer, outcome: 'CORRECT', grade: 'C', reasons: [{ text: 'x' }] }, ANSHAN_2020)).toMatchObject({
      code: 'INVALID',
    });
  });

  it('refuses anyone but a city officer', () => {
    expect(checkConfirmation(scored('C'), { actor: { id: 'd', role: 'district-officer', scope: '210302' }, outcome: 'CONFIRM' }, ANSHAN_2020)).toMatchObject({
      code: 'NOT_YOURS',
    });
  });

  it('refuses before scoring and after confirmation', () => {
    expect(checkConfirmation(evaluation(), { actor: cityOfficer, outcome: 'CONFIRM' }, ANSHAN_2020)).toMatchObject({ code: 'WRONG_STAGE' });
    expect(checkConfirmation({ ...scored('C'), status: 'CONFIRMED' }, { actor: cityOfficer, outcome: 'CONFIRM' }, ANSHAN_2020)).toMatchObject({
      code: 'CLOSED',
    });
  });

  it('waits for the findings of every review ordered', () => {
    const pending = {
      ...scored('C'),
      reviews: [{ kind: 'ON_SITE_CHECK' as const, assigneeId: null, orderedOn: '2027-05-02', findings: null, suggestedGrade: null, by: null, on: null }],
    };
    expect(checkConfirmation(pending, { actor: cityOfficer, outcome: 'CONFIRM' }, ANSHAN_2020)).toMatchObject({ code: 'WRONG_STAGE', article: 'Art. 7' });
  });

  it('refuses an evaluation that ended with the space’s revocation', () => {
    const ended = {
      ...scored('C'),
      status: 'ENDED' as const,
      endedBy: { revokedOn: '2027-05-03', article: 'Art. 8' as const, revokedBy: 'change-space-1-c-1' },
    };
    expect(checkConfirmation(ended, { actor: cityOfficer, outcome: 'CONFIRM' }, ANSHAN_2020)).toMatchObject({ code: 'CLOSED' });
    expect(checkSelfReportFiling(ended, operator, 'org-1', '2027-03-01')).toMatchObject({ code: 'CLOSED' });
  });
});
