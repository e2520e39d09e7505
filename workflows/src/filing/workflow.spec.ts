import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import {
  ActingPerson,
  Decision,
  decideTask,
  FilingInput,
  filingState,
  filingWorkflow,
  lodgeObjection,
  resubmit,
  TaskKind,
  TaskView,
  withdraw,
  type WorkflowFunction,
} from '@makerspace/contracts';
import { addDays, banEndsOn, CalendarDate, publicNoticeEndsOn, RULESETS, testing } from '@makerspace/policy';
import { waitFor } from '@makerspace/testing';
import { WorkflowTestBed } from '../../test/support/workflow-test-bed';

const district: ActingPerson = { id: 'officer-tiedong', role: 'district-officer', scope: '210302' };
const otherDistrict: ActingPerson = { id: 'officer-lishan', role: 'district-officer', scope: '210304' };
const city: ActingPerson = { id: 'officer-city', role: 'city-officer', scope: null };
const secretary: ActingPerson = { id: 'secretary', role: 'meeting-secretary', scope: null };
const expert = (n: number): ActingPerson => ({ id: `expert-${n}`, role: 'expert', scope: null });
const reasons = [{ text: '租赁合同缺少盖章页 / the lease lacks its sealed page', article: 'Art. 5(2)' }];
const ruleset = RULESETS[0];

/**
 * The filing workflow (Art. 6, Art. 9) on the time-skipping test server, driven through its
 * updates as staff and applicants drive it through the services, with the events it publishes
 * kept in memory: every stage in order, returns and corrections, refusals, a task's reminders
 * and escalation, withdrawal, objections, an expert's conflict and the panel's verdict.
 */
describe('the filing procedure (Art. 6)', () => {
  let bed: WorkflowTestBed;

  beforeAll(async () => {
    bed = await WorkflowTestBed.start('filing');
  }, 180_000);

  afterAll(() => bed?.stop());

  /** One application's procedure, started by its definition as intake starts it on submission. */
  async function submitted() {
    const sample = testing.aQualifyingApplication();
    const applicant: ActingPerson = { id: `applicant-${randomUUID()}`, role: 'applicant', scope: null };
    const input: FilingInput = {
      applicationId: randomUUID(),
      organisationId: `organisation-${randomUUID()}`,
      applicantUserId: applicant.id,
      uscc: sample.organisation.uscc,
      spaceName: '鞍山创客工场',
      divisionCode: '210302',
      rulesetId: ruleset.id,
      rulesetVersion: ruleset.version,
      submittedOn: await bed.today(),
      figures: sample.figures as unknown as Record<string, unknown>,
    };
    expect(await bed.temporal.startOnce(filingWorkflow, input)).toBe(true);
    const handle: WorkflowHandle<WorkflowFunction<typeof filingWorkflow>> = await bed.temporal.handle(filingWorkflow, filingWorkflow.workflowId(input));
    const state = () => handle.query(filingState);
    const task = (kind: TaskKind, where: (t: TaskView) => boolean = () => true) =>
      waitFor(`an open ${kind} task`, async () => (await state()).openTasks.find((t) => t.kind === kind && where(t)), 30_000, 50);
    const decide = async (kind: TaskKind, actor: ActingPerson, outcome: string, extra: Partial<Decision> = {}, where?: (t: TaskView) => boolean) =>
      handle.executeUpdate(decideTask, { args: [{ taskId: (await task(kind, where)).taskId, actor, outcome, ...extra }] });
    const events = () => bed.typesOf(handle.workflowId);
    const toExpertReview = async () => {
      await decide('preliminary-review', district, 'RECOMMEND', { recommendation: { documentId: 'rec-1', summary: '同意推荐 / recommended' } });
      await decide('re-review', city, 'PASS');
      await decide('on-site-inspection', city, 'PASS', { findings: [{ figure: 'totalAreaM2', declared: 800, found: 805 }] });
      await decide('organise-expert-review', city, 'ASSIGN_PANEL', { experts: [1, 2, 3].map((n) => expert(n).id) });
    };
    const score = (n: number, value: number) => decide('expert-score', expert(n), 'SCORE', { score: value }, (t) => t.assigneeId === expert(n).id);
    const toPublicNotice = async () => {
      await toExpertReview();
      for (const [n, value] of [80, 75, 90].entries()) await score(n + 1, value);
      return waitFor('the public notice', async () => (await state()).notice ?? undefined, 30_000, 50);
    };
    return { input, applicant, handle, state, task, decide, events, toExpertReview, score, toPublicNotice };
  }

  it('files an application that passes every stage, in the order of Art. 6', async () => {
    const app = await submitted();
    const preliminary = await app.task('preliminary-review');
    expect(preliminary).toMatchObject({
      stage: 'PRELIMINARY_REVIEW',
      assigneeRole: 'district-officer',
      scope: '210302',
      dueOn: addDays((await bed.today()) as CalendarDate, 15),
    });

    const notice = await app.toPublicNotice();
    expect((await app.state()).panel.map((s) => s.score)).toEqual([80, 75, 90]);
    expect(notice.until).toBe(publicNoticeEndsOn(notice.from as CalendarDate, ruleset));
    await bed.sleepUntil(addDays(notice.until as CalendarDate, 1));
    await app.decide('director-meeting', secretary, 'APPROVE', {
      meeting: { meetingId: 'meeting-1', heldOn: await bed.today(), filingNumber: '鞍科众备〔2026〕001' },
    });

    expect(await app.handle.result()).toEqual({ status: 'FILED', filingNumber: '鞍科众备〔2026〕001', spaceId: expect.any(String) });
    const stages = (await app.state()).history.filter((h) => h.action === 'stage-entered').map((h) => h.stage);
    expect(stages).toEqual(['PRELIMINARY_REVIEW', 'RE_REVIEW', 'ON_SITE_INSPECTION', 'EXPERT_REVIEW', 'PUBLIC_NOTICE', 'DIRECTOR_MEETING']);
    const events = app.events();
    expect(events[0]).toBe('application.submitted');
    expect(events.at(-1)).toBe('application.filed');
    expect(events.filter((t) => t === 'application.advanced')).toHaveLength(5);
    expect(events).toContain('public-notice.opened');
  });

  it('returns an application for correction, and the same stage reviews the corrected one again', async () => {
    const app = await submitted();
    await app.decide('preliminary-review', district, 'RECOMMEND', { recommendation: { documentId: 'rec-1', summary: '同意推荐 / recommended' } });
    const returned = await app.decide('re-review', city, 'RETURN', { reasons });
    expect(returned).toMatchObject({ status: 'RETURNED', returnedAt: 'RE_REVIEW', correctBy: addDays((await bed.today()) as CalendarDate, 30), openTasks: [] });

    const figures = { ...testing.aQualifyingApplication().figures, totalAreaM2: 820 } as unknown as Record<string, unknown>;
    const resubmitted = await app.handle.executeUpdate(resubmit, { args: [{ actor: app.applicant, figures, note: '补齐盖章页' }] });
    expect(resubmitted).toMatchObject({ status: 'IN_REVIEW', correctBy: null, figures: { totalAreaM2: 820 } });
    expect(await app.task('re-review')).toMatchObject({ stage: 'RE_REVIEW', assigneeRole: 'city-officer' });
    await bed.awaitEvent(app.handle.workflowId, 'application.resubmitted');
    expect(app.events()).toContain('application.returned');
  });

  it('rejects an application not corrected within the correction days, after reminding the applicant', async () => {
    const app = await submitted();
    const { correctBy } = await app.decide('preliminary-review', district, 'RETURN', { reasons });
    await bed.sleepUntil(addDays(correctBy as CalendarDate, 1));

    expect(await app.handle.result()).toMatchObject({ status: 'REJECTED' });
    const rejected = bed.eventsOf(app.handle.workflowId).find((e) => e.type === 'application.rejected')!;
    expect(rejected.payload).toMatchObject({
      reasons: [{ text: expect.stringContaining(`not corrected in time: correct and resubmit on or before ${correctBy}`), article: 'Art. 6' }],
    });
    const reminders = bed.eventsOf(app.handle.workflowId).filter((e) => e.type === 'task.reminded');
    expect(reminders.map((e) => e.payload)).toEqual(
      ruleset.procedure.stages.CORRECTION.reminderDaysBeforeDue.map(() =>
        expect.objectContaining({ assigneeRole: 'applicant', scope: app.applicant.id, dueOn: correctBy }),
      ),
    );
  });

  it('refuses a decision from another district and changes nothing', async () => {
    const app = await submitted();
    const task = await app.task('preliminary-review');
    const refused = app.handle.executeUpdate(decideTask, {
      args: [{ taskId: task.taskId, actor: otherDistrict, outcome: 'RECOMMEND', recommendation: { documentId: 'x', summary: 'x' } }],
    });
    await expect(refused).rejects.toMatchObject({ cause: { type: 'Refused.NOT_YOURS', details: [{ field: 'actor', article: null }] } });
    const without = app.handle.executeUpdate(decideTask, { args: [{ taskId: task.taskId, actor: district, outcome: 'RETURN' }] });
    await expect(without).rejects.toMatchObject({ cause: { type: 'Refused.REASON_REQUIRED', details: [{ field: 'reasons', article: 'Art. 6' }] } });
    expect((await app.state()).openTasks).toEqual([task]);
    expect((await app.state()).history.map((h) => h.action)).toEqual(['stage-entered']);
  });

  it('reminds a task not decided, marks it overdue, escalates it to the city, and takes the city’s decision', async () => {
    const app = await submitted();
    const task = await app.task('preliminary-review');
    const { escalateAfterOverdueDays } = ruleset.procedure.stages.PRELIMINARY_REVIEW;
    await bed.sleepUntil(addDays(task.dueOn as CalendarDate, escalateAfterOverdueDays + 1));
    await bed.awaitEvent(app.handle.workflowId, 'task.escalated');

    expect(app.events().filter((t) => t.startsWith('task.'))).toEqual(['task.opened', 'task.reminded', 'task.reminded', 'task.overdue', 'task.escalated']);
    const escalated = bed.eventsOf(app.handle.workflowId).find((e) => e.type === 'task.escalated')!;
    expect(escalated.payload).toMatchObject({ taskId: task.taskId, from: 'district-officer:210302', to: 'city-officer' });
    expect((await app.state()).openTasks[0]).toMatchObject({ taskId: task.taskId, escalated: true });

    const decided = await app.decide('preliminary-review', city, 'RECOMMEND', {
      recommendation: { documentId: 'rec-city', summary: '市局代为推荐 / recommended by the city' },
    });
    expect(decided.stage).toBe('RE_REVIEW');
  });

  it('ends on the applicant’s withdrawal and cancels the open task', async () => {
    const app = await submitted();
    const task = await app.task('preliminary-review');
    await app.handle.executeUpdate(withdraw, { args: [{ actor: app.applicant, reason: '场地另有安排' }] });

    expect(await app.handle.result()).toMatchObject({ status: 'WITHDRAWN' });
    const completed = bed.eventsOf(app.handle.workflowId).find((e) => e.type === 'task.completed')!;
    expect(completed.payload).toMatchObject({ taskId: task.taskId, outcome: 'CANCELLED' });
    expect(app.events().slice(-2)).toEqual(['task.completed', 'application.withdrawn']);
  });

  it('disqualifies on an objection upheld under public notice, with the ban of Art. 9', async () => {
    const app = await submitted();
    await app.toPublicNotice();
    await app.handle.executeUpdate(lodgeObjection, { args: [{ objectionId: 'objection-1', text: '实际面积不足五百平方米' }] });
    await app.decide('resolve-objection', city, 'UPHOLD_DISQUALIFY', { reasons: [{ text: '伪造租赁合同 / forged lease', article: 'Art. 9' }] });

    expect(await app.handle.result()).toMatchObject({ status: 'DISQUALIFIED' });
    const disqualified = bed.eventsOf(app.handle.workflowId).find((e) => e.type === 'application.disqualified')!;
    const { decidedOn } = disqualified.payload as { decidedOn: CalendarDate };
    expect(disqualified.payload).toMatchObject({ stage: 'PUBLIC_NOTICE', banEndsOn: banEndsOn(decidedOn, ruleset) });
    expect(app.events()).toEqual(expect.arrayContaining(['objection.lodged', 'objection.resolved']));
  });

  it('seats the substitute the city names for an expert with a conflict, and rejects a panel scoring below the threshold', async () => {
    const app = await submitted();
    await app.toExpertReview();
    await app.score(1, 40);
    await app.decide(
      'expert-score',
      expert(2),
      'CONFLICT',
      { reasons: [{ text: '曾任该空间顾问 / advised the space' }] },
      (t) => t.assigneeId === expert(2).id,
    );
    await app.decide('assign-substitute', city, 'ASSIGN_SUBSTITUTE', { experts: [expert(4).id] });
    await app.score(4, 50);
    await app.score(3, 60);

    expect(await app.handle.result()).toMatchObject({ status: 'REJECTED' });
    const { panel } = await app.state();
    expect(panel).toEqual([
      { expertId: 'expert-1', status: 'SCORED', score: 40 },
      { expertId: 'expert-2', status: 'CONFLICT' },
      { expertId: 'expert-3', status: 'SCORED', score: 60 },
      { expertId: 'expert-4', status: 'SCORED', score: 50 },
    ]);
    const rejected = bed.eventsOf(app.handle.workflowId).find((e) => e.type === 'application.rejected')!;
    expect(rejected.payload).toMatchObject({
      stage: 'EXPERT_REVIEW',
      reasons: [{ text: `the expert panel's mean score 50.0 is below ${ruleset.procedure.expertPanel.passMeanScore}`, article: 'Art. 6(4)' }],
    });
  });
});
