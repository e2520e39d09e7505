import {
  ActingPerson,
  changeState,
  decideChange,
  reportChange,
  SpaceChangeInput,
  spaceChangeWorkflow,
  SpaceRecord,
  SpaceRevokedNotice,
  spaceRevoked,
} from '@makerspace/contracts';
import { addDays, CalendarDate, changeReportDeadline, RULESETS, testing } from '@makerspace/policy';
import { waitFor } from '@makerspace/testing';
import { WorkflowTestBed } from '../../test/support/workflow-test-bed';

const ruleset = RULESETS[0];
const space = { filingNumber: '鞍科众备〔2026〕001', spaceName: '鞍山创客工场', organisationId: 'org-1', divisionCode: '210302' };
const operator: ActingPerson = { id: 'operator-1', role: 'applicant', scope: space.organisationId };
const city: ActingPerson = { id: 'officer-city', role: 'city-officer', scope: null };
const reasons = [{ text: '逾期未报告变更 / not reported in time', article: 'Art. 8' }];

/**
 * One change of a filed space (Art. 8) on the time-skipping test server, with the space record and
 * the ending of other workflows in memory: a change reported in time, re-checked against Art. 5
 * and approved; a deadline missed and the space revoked; a change accepted late; and the end of an
 * open change when the space is revoked elsewhere.
 */
describe('a change of a filed space (Art. 8)', () => {
  let bed: WorkflowTestBed;
  const endings: (SpaceRevokedNotice & { spaceId: string })[] = [];
  let changes = 0;

  beforeAll(async () => {
    bed = await WorkflowTestBed.start('supervision', {
      spaceRecord: async (spaceId) => record(spaceId, (await bed.today()) as CalendarDate),
      endSupervisionOf: async (notice) => {
        endings.push(notice);
        return { signalled: 0 };
      },
    });
  }, 180_000);

  afterAll(() => bed?.stop());

  /** The space as on record, meeting every Art. 5 condition on `asOf`. */
  function record(spaceId: string, asOf: CalendarDate): SpaceRecord {
    const { organisation, venue, figures } = testing.aQualifyingApplication({ submittedOn: asOf });
    return {
      ...space,
      spaceId,
      status: 'ACTIVE',
      filedOn: '2025-06-01',
      revocation: null,
      declaration: { organisation, venue, figures },
      grades: {},
      evaluations: [],
      changes: [],
    };
  }

  /** A change of the space's name taking effect today, reported by its operator or found by the city. */
  async function registered(by: 'OPERATOR' | 'STAFF') {
    changes += 1;
    const effectiveOn = await bed.today();
    const input: SpaceChangeInput = {
      changeId: `c-${changes}`,
      space: { ...space, spaceId: `space-${changes}` },
      change: { kind: 'NAME', effectiveOn, name: '鞍山智造工场' },
      source: by,
      registeredBy: by === 'OPERATOR' ? operator : city,
      report: by === 'OPERATOR' ? { evidence: [], note: '更名' } : null,
      rulesetId: ruleset.id,
      rulesetVersion: ruleset.version,
    };
    await bed.temporal.startOnce(spaceChangeWorkflow, input);
    const handle = await bed.temporal.handle(spaceChangeWorkflow, spaceChangeWorkflow.workflowId(input));
    const state = () => handle.query(changeState);
    const inState = (what: string, holds: (s: Awaited<ReturnType<typeof state>>) => boolean) =>
      waitFor(what, async () => holds(await state()) && state(), 30_000, 50);
    return { input, handle, state, inState, effectiveOn, types: () => bed.typesOf(handle.workflowId) };
  }

  it('re-checks a change reported in time against Art. 5 and takes the city’s approval', async () => {
    const change = await registered('OPERATOR');
    const inReview = await change.inState('the review', (s) => s.reviewOpenedOn !== null && s.openTasks.length > 0);
    expect(inReview).toMatchObject({
      status: 'IN_REVIEW',
      report: { inTime: true },
      check: { outcome: 'APPROVE', failedRules: [] },
      deadline: changeReportDeadline(change.effectiveOn as CalendarDate, ruleset),
    });
    expect(inReview.openTasks[0]).toMatchObject({ stage: 'CHANGE_REVIEW', assigneeRole: 'city-officer' });

    await change.handle.executeUpdate(decideChange, { args: [{ actor: city, outcome: 'APPROVE' }] });
    expect(await change.handle.result()).toEqual({ status: 'APPROVED' });
    expect(change.types()).toEqual([
      'change.registered',
      'change.reported',
      'change.review.opened',
      'space.task.opened',
      'space.task.completed',
      'change.approved',
    ]);
  });

  it('refuses a decision while the operator still has time to report', async () => {
    const change = await registered('STAFF');
    await expect(change.handle.executeUpdate(decideChange, { args: [{ actor: city, outcome: 'REVOKE', reasons }] })).rejects.toMatchObject({
      cause: { type: 'Refused.WRONG_STAGE', details: [{ field: 'outcome', article: 'Art. 8' }] },
    });
    await change.handle.executeUpdate(reportChange, { args: [{ actor: operator, change: change.input.change }] });
    await change.inState('the review', (s) => s.reviewOpenedOn !== null);
    await change.handle.executeUpdate(decideChange, { args: [{ actor: city, outcome: 'APPROVE' }] });
    expect(await change.handle.result()).toEqual({ status: 'APPROVED' });
  });

  it('gives the city a task when the deadline passes unreported; a revocation asks the space’s other workflows to end', async () => {
    const change = await registered('STAFF');
    const { deadline } = await change.state();
    await bed.sleepUntil(addDays(deadline as CalendarDate, 1));
    const overdue = await change.inState('the overdue task', (s) => s.status === 'OVERDUE' && s.openTasks.length > 0);
    expect(overdue.openTasks[0]).toMatchObject({ stage: 'OVERDUE_CHANGE', taskId: `${change.handle.workflowId}/OVERDUE_CHANGE` });
    await bed.awaitEvent(change.handle.workflowId, 'change.deadline.missed');
    expect(change.types().filter((t) => t === 'change.reminded')).toHaveLength(ruleset.change.reminderDaysBeforeDeadline.length);

    await change.handle.executeUpdate(decideChange, { args: [{ actor: city, outcome: 'REVOKE', reasons }] });
    expect(await change.handle.result()).toEqual({ status: 'REVOKED' });
    const revoked = bed.eventsOf(change.handle.workflowId).find((e) => e.type === 'space.revoked')!;
    expect(revoked.payload).toMatchObject({ spaceId: change.input.space.spaceId, article: 'Art. 8', changeId: change.input.changeId });
    expect(endings).toContainEqual({
      spaceId: change.input.space.spaceId,
      revokedOn: (revoked.payload as { revokedOn: string }).revokedOn,
      article: 'Art. 8',
      revokedBy: change.handle.workflowId,
    });
  });

  it('reviews a change the city accepts late, and takes its approval with reasons', async () => {
    const change = await registered('STAFF');
    const { deadline } = await change.state();
    await bed.sleepUntil(addDays(deadline as CalendarDate, 1));
    await change.inState('the overdue task', (s) => s.status === 'OVERDUE' && s.openTasks.length > 0);
    await change.handle.executeUpdate(decideChange, {
      args: [{ actor: city, outcome: 'ACCEPT_LATE', reasons: [{ text: '已补报 / reported since', article: 'Art. 8' }] }],
    });
    await change.inState('the review', (s) => s.reviewOpenedOn !== null && s.openTasks.some((t) => t.stage === 'CHANGE_REVIEW'));
    const approval = [{ text: '现场核实符合条件 / verified on site', article: 'Art. 8' }];
    await change.handle.executeUpdate(decideChange, { args: [{ actor: city, outcome: 'APPROVE', reasons: approval }] });
    expect(await change.handle.result()).toEqual({ status: 'APPROVED' });
    expect(await change.state()).toMatchObject({ acceptedLate: true, decision: { outcome: 'APPROVE', reasons: approval } });
  });

  it('ends an overdue change once, however often the revocation is signalled, and cancels its city task', async () => {
    const change = await registered('STAFF');
    const { deadline } = await change.state();
    await bed.sleepUntil(addDays(deadline as CalendarDate, 1));
    await change.inState('the overdue task', (s) => s.openTasks.length > 0);

    const notice: SpaceRevokedNotice = { revokedOn: await bed.today(), article: 'Art. 7', revokedBy: `evaluation-2026-${change.input.space.spaceId}` };
    await change.handle.signal(spaceRevoked, notice);
    expect(await change.handle.result()).toEqual({ status: 'ENDED' });
    await expect(change.handle.signal(spaceRevoked, notice)).rejects.toThrow();
    await expect(change.handle.executeUpdate(decideChange, { args: [{ actor: city, outcome: 'REVOKE', reasons }] })).rejects.toThrow();

    const types = change.types();
    expect(types.filter((t) => t === 'change.ended')).toHaveLength(1);
    expect(types.slice(-2)).toEqual(['space.task.completed', 'change.ended']);
    expect(bed.eventsOf(change.handle.workflowId).find((e) => e.type === 'space.task.completed')!.payload).toMatchObject({ outcome: 'CANCELLED' });
  });
});
