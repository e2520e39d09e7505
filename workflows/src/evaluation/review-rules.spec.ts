import type { ActingPerson, SpaceEvaluationState } from '@makerspace/contracts';
import { ANSHAN_2020 } from '@makerspace/policy';
import { anEvaluation } from './evaluation-state.fixture';
import { checkDistrictCheck, checkReviewFindings, checkReviewOrder } from './review-rules';

const tiedong: ActingPerson = { id: 'officer-tiedong', role: 'district-officer', scope: '210302' };
const tiexi: ActingPerson = { id: 'officer-tiexi', role: 'district-officer', scope: '210303' };
const cityOfficer: ActingPerson = { id: 'officer-city', role: 'city-officer', scope: null };
const expert: ActingPerson = { id: 'expert-7', role: 'expert', scope: null };
const findings = [{ text: '孵化成效属实 / incubation results confirmed', article: 'Art. 7' }];

const evaluation = (over: Partial<SpaceEvaluationState> = {}) =>
  anEvaluation({
    status: 'DISTRICT_CHECK',
    reportFiledOn: '2027-03-01',
    openTasks: [
      {
        taskId: 't-1',
        stage: 'SELF_REPORT_CHECK',
        assigneeRole: 'district-officer',
        scope: '210302',
        openedOn: '2027-03-01',
        dueOn: '2027-03-16',
        escalated: false,
      },
    ],
    ...over,
  });

const scored = (over: Partial<SpaceEvaluationState> = {}) => evaluation({ status: 'SCORED', openTasks: [], ...over });
const expertReview = {
  kind: 'EXPERT_REVIEW' as const,
  assigneeId: 'expert-7',
  orderedOn: '2027-05-02',
  findings: null,
  suggestedGrade: null,
  by: null,
  on: null,
};

describe('Art. 7 the district department checks a filed report first', () => {
  it('takes the check of the district of the venue', () => {
    expect(checkDistrictCheck(evaluation(), { actor: tiedong, outcome: 'PASS' }, '210302')).toBeUndefined();
  });

  it('refuses another district, and the city until the task has escalated to it', () => {
    expect(checkDistrictCheck(evaluation(), { actor: tiexi, outcome: 'PASS' }, '210302')).toMatchObject({ code: 'NOT_YOURS', article: 'Art. 7' });
    expect(checkDistrictCheck(evaluation(), { actor: cityOfficer, outcome: 'PASS' }, '210302')).toMatchObject({ code: 'NOT_YOURS' });
    const escalated = evaluation({ openTasks: [{ ...evaluation().openTasks[0], escalated: true }] });
    expect(checkDistrictCheck(escalated, { actor: cityOfficer, outcome: 'PASS' }, '210302')).toBeUndefined();
  });

  it('gives concerns their reasons', () => {
    expect(checkDistrictCheck(evaluation(), { actor: tiedong, outcome: 'CONCERNS' }, '210302')).toMatchObject({ code: 'REASON_REQUIRED', field: 'reasons' });
    expect(checkDistrictCheck(evaluation(), { actor: tiedong, outcome: 'CONCERNS', reasons: findings }, '210302')).toBeUndefined();
  });

  it('checks once, and only a filed report', () => {
    expect(checkDistrictCheck(evaluation({ status: 'AWAITING_REPORT', openTasks: [] }), { actor: tiedong, outcome: 'PASS' }, '210302')).toMatchObject({
      code: 'WRONG_STAGE',
    });
    expect(
      checkDistrictCheck(
        evaluation({ status: 'SCORED', districtCheck: { outcome: 'PASS', by: 'officer-tiedong', on: '2027-03-02', reasons: [] } }),
        { actor: tiedong, outcome: 'PASS' },
        '210302',
      ),
    ).toMatchObject({ code: 'CLOSED' });
  });
});

describe('Art. 7 an expert review and an on-site check before the city confirms', () => {
  it('are ordered by a city officer once the result is scored, each once, an expert review naming its expert', () => {
    expect(checkReviewOrder(scored(), { actor: cityOfficer, kind: 'ON_SITE_CHECK' })).toBeUndefined();
    expect(checkReviewOrder(scored(), { actor: cityOfficer, kind: 'EXPERT_REVIEW' })).toMatchObject({ code: 'INVALID', field: 'expertId' });
    expect(checkReviewOrder(scored({ reviews: [expertReview] }), { actor: cityOfficer, kind: 'EXPERT_REVIEW', expertId: 'expert-9' })).toMatchObject({
      code: 'INVALID',
      field: 'kind',
    });
    expect(checkReviewOrder(scored(), { actor: tiedong, kind: 'ON_SITE_CHECK' })).toMatchObject({ code: 'NOT_YOURS' });
    expect(checkReviewOrder(evaluation(), { actor: cityOfficer, kind: 'ON_SITE_CHECK' })).toMatchObject({ code: 'WRONG_STAGE' });
  });

  it('the named expert records the expert review, with a grade of the scale if it suggests one', () => {
    const ordered = scored({ reviews: [expertReview] });
    expect(checkReviewFindings(ordered, { actor: expert, kind: 'EXPERT_REVIEW', findings, suggestedGrade: 'B' }, ANSHAN_2020)).toBeUndefined();
    expect(checkReviewFindings(ordered, { actor: { ...expert, id: 'expert-8' }, kind: 'EXPERT_REVIEW', findings }, ANSHAN_2020)).toMatchObject({
      code: 'NOT_YOURS',
    });
    expect(checkReviewFindings(ordered, { actor: expert, kind: 'EXPERT_REVIEW', findings, suggestedGrade: 'E' }, ANSHAN_2020)).toMatchObject({
      code: 'INVALID',
      field: 'suggestedGrade',
    });
    expect(checkReviewFindings(ordered, { actor: cityOfficer, kind: 'ON_SITE_CHECK', findings }, ANSHAN_2020)).toMatchObject({ code: 'WRONG_STAGE' });
  });
});
