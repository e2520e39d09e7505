import type { ActingPerson, Decision, FilingState, TaskView } from '@makerspace/contracts';
import { checkApplicantAction, checkDecision, checkDecisionFields, mayDecide } from './decision-rules';
import { decidedOf } from './decisions';

const district: ActingPerson = { id: 'officer-tiedong', role: 'district-officer', scope: '210302' };
const otherDistrict: ActingPerson = { id: 'officer-lishan', role: 'district-officer', scope: '210304' };
const city: ActingPerson = { id: 'officer-city', role: 'city-officer', scope: null };
const expert = (n: number): ActingPerson => ({ id: `expert-${n}`, role: 'expert', scope: null });
const applicant: ActingPerson = { id: 'applicant-1', role: 'applicant', scope: null };
const reasons = [{ text: '缺少书面推荐所需材料 / evidence missing', article: 'Art. 6' }];
const PANEL = 3;

function aTask(over: Partial<TaskView> = {}): TaskView {
  return {
    taskId: 't-1',
    kind: 'preliminary-review',
    stage: 'PRELIMINARY_REVIEW',
    assigneeRole: 'district-officer',
    scope: '210302',
    assigneeId: null,
    openedOn: '2027-03-01',
    dueOn: '2027-03-16',
    escalated: false,
    ...over,
  };
}

function anApplication(over: Partial<FilingState> = {}): FilingState {
  return {
    applicationId: 'application-1',
    status: 'IN_REVIEW',
    stage: 'PRELIMINARY_REVIEW',
    returnedAt: null,
    correctBy: null,
    openTasks: [aTask()],
    history: [],
    panel: [],
    notice: null,
    filingNumber: null,
    spaceId: null,
    figures: {},
    ...over,
  };
}

const decision = (over: Partial<Decision>): Decision => ({
  taskId: 't-1',
  actor: district,
  outcome: 'RECOMMEND',
  recommendation: { documentId: 'rec-1', summary: '同意推荐' },
  ...over,
});
const onTask = (task: Partial<TaskView>, over: Partial<FilingState> = {}) => anApplication({ openTasks: [aTask({ taskId: 't-1', ...task })], ...over });

describe('Art. 6 who decides a task', () => {
  it('the district department of the venue decides its preliminary review', () => {
    expect(mayDecide(aTask(), district)).toBe(true);
  });

  it('another district does not', () => {
    expect(mayDecide(aTask(), otherDistrict)).toBe(false);
  });

  it('the named expert scores, and no other expert', () => {
    const task = aTask({ kind: 'expert-score', stage: 'EXPERT_REVIEW', assigneeRole: 'expert', scope: null, assigneeId: 'expert-1' });
    expect(mayDecide(task, expert(1))).toBe(true);
    expect(mayDecide(task, expert(2))).toBe(false);
  });

  it('the city decides a task that has escalated to it, and not before', () => {
    expect(mayDecide(aTask(), city)).toBe(false);
    expect(mayDecide(aTask({ escalated: true }), city)).toBe(true);
  });

  it('a task of the whole desk is anyone’s at that desk', () => {
    expect(mayDecide(aTask({ kind: 're-review', stage: 'RE_REVIEW', assigneeRole: 'city-officer', scope: null }), city)).toBe(true);
  });
});

describe('Art. 6 the checks a staff decision passes before it changes anything', () => {
  it('takes the district’s recommendation in writing', () => {
    expect(checkDecision(anApplication(), decision({}), PANEL)).toBeUndefined();
  });

  it('refuses a task that is not open on the application, naming the task', () => {
    expect(checkDecision(anApplication(), decision({ taskId: 't-9' }), PANEL)).toMatchObject({ code: 'UNKNOWN_TASK', field: 'taskId' });
  });

  it('refuses a task already decided as CLOSED', () => {
    const decided = anApplication({
      openTasks: [],
      history: [{ at: '2027-03-02T01:00:00Z', actor: district, action: 'decided', stage: 'PRELIMINARY_REVIEW', taskId: 't-1' }],
    });
    expect(checkDecision(decided, decision({}), PANEL)).toMatchObject({ code: 'CLOSED', field: 'taskId' });
  });

  it('refuses another district’s officer as NOT_YOURS', () => {
    expect(checkDecision(anApplication(), decision({ actor: otherDistrict }), PANEL)).toMatchObject({
      code: 'NOT_YOURS',
      field: 'actor',
      message: expect.stringContaining('district-officer of 210302'),
    });
  });

  it('refuses an outcome the task does not allow, listing those it does', () => {
    expect(checkDecision(anApplication(), decision({ outcome: 'PASS' }), PANEL)).toMatchObject({
      code: 'INVALID',
      field: 'outcome',
      message: 'outcome must be one of RECOMMEND, RETURN, REJECT for a preliminary-review task',
    });
  });

  it('refuses a return or a rejection without reasons', () => {
    for (const outcome of ['RETURN', 'REJECT']) {
      expect(checkDecision(anApplication(), decision({ outcome }), PANEL)).toMatchObject({ code: 'REASON_REQUIRED', field: 'reasons', article: 'Art. 6' });
    }
    expect(checkDecision(anApplication(), decision({ outcome: 'RETURN', reasons }), PANEL)).toBeUndefined();
  });

  it('Art. 6(2) refuses a recommendation without the written recommendation', () => {
    expect(checkDecision(anApplication(), decision({ recommendation: undefined }), PANEL)).toMatchObject({
      code: 'INVALID',
      field: 'recommendation',
      article: 'Art. 6(2)',
    });
  });

  it('Art. 6(4) names a panel of the ruleset’s size, each expert once', () => {
    const organise = onTask({ kind: 'organise-expert-review', stage: 'EXPERT_REVIEW', assigneeRole: 'city-officer', scope: null });
    const panel = (experts: string[]) => checkDecision(organise, decision({ actor: city, outcome: 'ASSIGN_PANEL', experts }), PANEL);
    expect(panel(['expert-1', 'expert-2', 'expert-3'])).toBeUndefined();
    expect(panel(['expert-1', 'expert-2'])).toMatchObject({
      code: 'INVALID',
      field: 'experts',
      article: 'Art. 6(4)',
      message: 'the panel needs 3 different experts',
    });
    expect(panel(['expert-1', 'expert-1', 'expert-2'])).toMatchObject({ code: 'INVALID', field: 'experts' });
  });

  it('seats one substitute, not an expert already on the panel', () => {
    const substitute = onTask(
      { kind: 'assign-substitute', stage: 'EXPERT_REVIEW', assigneeRole: 'city-officer', scope: null },
      {
        panel: [
          { expertId: 'expert-1', status: 'SCORED', score: 80 },
          { expertId: 'expert-2', status: 'CONFLICT' },
        ],
      },
    );
    const assign = (experts: string[]) => checkDecision(substitute, decision({ actor: city, outcome: 'ASSIGN_SUBSTITUTE', experts }), PANEL);
    expect(assign(['expert-4'])).toBeUndefined();
    expect(assign(['expert-4', 'expert-5'])).toMatchObject({ code: 'INVALID', field: 'experts', message: 'name exactly one substitute expert' });
    expect(assign(['expert-1'])).toMatchObject({ code: 'INVALID', field: 'experts', message: 'expert-1 already sits on this panel' });
  });

  it('an expert scores with a score, and declares a conflict with reasons', () => {
    const scoring = onTask({ kind: 'expert-score', stage: 'EXPERT_REVIEW', assigneeRole: 'expert', scope: null, assigneeId: 'expert-1' });
    expect(checkDecision(scoring, decision({ actor: expert(1), outcome: 'SCORE', score: 75 }), PANEL)).toBeUndefined();
    expect(checkDecision(scoring, decision({ actor: expert(1), outcome: 'SCORE' }), PANEL)).toMatchObject({ code: 'INVALID', field: 'score' });
    expect(checkDecision(scoring, decision({ actor: expert(1), outcome: 'CONFLICT' }), PANEL)).toMatchObject({ code: 'REASON_REQUIRED', field: 'reasons' });
  });

  it('Art. 6(4) the director’s meeting approves with its record and the filing number', () => {
    const meeting = onTask({ kind: 'director-meeting', stage: 'DIRECTOR_MEETING', assigneeRole: 'meeting-secretary', scope: null });
    const secretary: ActingPerson = { id: 'secretary', role: 'meeting-secretary', scope: null };
    const approve = (m: Decision['meeting']) => checkDecision(meeting, decision({ actor: secretary, outcome: 'APPROVE', meeting: m }), PANEL);
    expect(approve({ meetingId: 'm-1', heldOn: '2027-05-01', filingNumber: '鞍科众备〔2027〕001' })).toBeUndefined();
    expect(approve({ meetingId: 'm-1', heldOn: '2027-05-01' })).toMatchObject({ code: 'INVALID', field: 'meeting', article: 'Art. 6(4)' });
    expect(approve(undefined)).toMatchObject({ code: 'INVALID', field: 'meeting' });
  });
});

describe('the fields of a decision the procedure reads', () => {
  it('takes a decision as review sends it', () => {
    expect(checkDecisionFields(decision({}))).toBeUndefined();
    expect(checkDecisionFields(decision({ actor: expert(1), outcome: 'SCORE', score: 75 }))).toBeUndefined();
  });

  it('refuses one that did not come through review and lacks what the procedure reads, naming the field', () => {
    expect(checkDecisionFields(decision({ taskId: '' }))).toMatchObject({ code: 'INVALID', field: 'taskId' });
    expect(checkDecisionFields(decision({ actor: { id: 'x' } as never }))).toMatchObject({ code: 'INVALID', field: 'actor' });
    expect(checkDecisionFields(decision({ reasons: [{ text: 7 }] as never }))).toMatchObject({ code: 'INVALID', field: 'reasons.0' });
    expect(checkDecisionFields(decision({ recommendation: { summary: 'yes' } as never }))).toMatchObject({
      code: 'INVALID',
      field: 'recommendation.documentId',
    });
    expect(checkDecisionFields(decision({ experts: 'expert-1' as never }))).toMatchObject({ code: 'INVALID', field: 'experts' });
    expect(checkDecisionFields(decision({ score: 101 }))).toMatchObject({ code: 'INVALID', field: 'score' });
    expect(checkDecisionFields(decision({ meeting: { heldOn: '2027-05-01' } as never }))).toMatchObject({ code: 'INVALID', field: 'meeting.meetingId' });
  });

  it('keeps a decision with its reasons as the contracts read them and only the parts it has', () => {
    expect(decidedOf({ taskId: 't-1', actor: district, outcome: 'RETURN', reasons: [{ text: ' lease missing ' }] })).toEqual({
      taskId: 't-1',
      actor: district,
      outcome: 'RETURN',
      reasons: [{ text: 'lease missing' }],
    });
    expect(decidedOf({ taskId: 't-1', actor: district, outcome: 'RECOMMEND', recommendation: { documentId: 'd', summary: 's' } })).toEqual({
      taskId: 't-1',
      actor: district,
      outcome: 'RECOMMEND',
      reasons: [],
      recommendation: { documentId: 'd', summary: 's' },
    });
  });
});

describe('Art. 6 the applicant acts on its own application, in the status the act needs', () => {
  it('resubmits its own returned application', () => {
    expect(checkApplicantAction(anApplication({ status: 'RETURNED' }), applicant, 'applicant-1', ['RETURNED'])).toBeUndefined();
  });

  it('nobody else does, not even staff', () => {
    expect(checkApplicantAction(anApplication({ status: 'RETURNED' }), { ...applicant, id: 'applicant-2' }, 'applicant-1', ['RETURNED'])).toMatchObject({
      code: 'NOT_YOURS',
      field: 'actor',
    });
    expect(checkApplicantAction(anApplication({ status: 'RETURNED' }), city, 'applicant-1', ['RETURNED'])).toMatchObject({ code: 'NOT_YOURS' });
  });

  it('refuses a resubmission of an application in review, and a withdrawal of one already ended', () => {
    expect(checkApplicantAction(anApplication(), applicant, 'applicant-1', ['RETURNED'])).toMatchObject({
      code: 'WRONG_STAGE',
      field: 'status',
      message: 'not possible while the application is IN_REVIEW',
    });
    expect(checkApplicantAction(anApplication({ status: 'FILED' }), applicant, 'applicant-1', ['IN_REVIEW', 'RETURNED'])).toMatchObject({
      code: 'WRONG_STAGE',
    });
  });
});
