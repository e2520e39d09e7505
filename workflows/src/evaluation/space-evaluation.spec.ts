import {
  ActingPerson,
  checkSelfReport,
  confirmResult,
  fileSelfReport,
  orderReview,
  recordReview,
  SpaceEvaluationInput,
  spaceEvaluationState,
  spaceEvaluationWorkflow,
  SpaceRecord,
  SpaceRevokedNotice,
  spaceRevoked,
} from '@makerspace/contracts';
import { addDays, CalendarDate, dateParts, RULESETS, testing } from '@makerspace/policy';
import { waitFor } from '@makerspace/testing';
import { WorkflowTestBed } from '../../test/support/workflow-test-bed';

const ruleset = RULESETS[0];
const space = { spaceId: 'space-1', filingNumber: '鞍科众备〔2026〕001', spaceName: '鞍山创客工场', organisationId: 'org-1', divisionCode: '210302' };
const operator: ActingPerson = { id: 'operator-1', role: 'applicant', scope: space.organisationId };
const otherOperator: ActingPerson = { id: 'operator-2', role: 'applicant', scope: 'org-2' };
const district: ActingPerson = { id: 'officer-tiedong', role: 'district-officer', scope: space.divisionCode };
const city: ActingPerson = { id: 'officer-city', role: 'city-officer', scope: null };
const expert: ActingPerson = { id: 'expert-7', role: 'expert', scope: null };

/**
 * One space's yearly evaluation (Art. 7) on the time-skipping test server, with the space record
 * and the ending of other workflows in memory: report, district check, score, reviews and the
 * city's confirmation or correction; a report never filed; Art. 7's revocation on a second
 * unqualified year; and the end of an evaluation when the space is revoked elsewhere.
 */
describe('a space’s yearly evaluation (Art. 7)', () => {
  let bed: WorkflowTestBed;
  let record: SpaceRecord;
  const endings: (SpaceRevokedNotice & { spaceId: string })[] = [];

  beforeAll(async () => {
    bed = await WorkflowTestBed.start('supervision', {
      spaceRecord: async () => record,
      endSupervisionOf: async (notice) => {
        endings.push(notice);
        return { signalled: 0 };
      },
    });
  }, 180_000);

  afterAll(() => bed?.stop());

  let spaces = 0;
  const activeRecord = (grades: Record<string, string> = {}): SpaceRecord => ({
    ...space,
    status: 'ACTIVE',
    filedOn: '2020-12-01',
    revocation: null,
    declaration: null,
    grades,
    evaluations: [],
    changes: [],
  });

  async function started(year: number) {
    const input: SpaceEvaluationInput = { year, space: { ...space, spaceId: `space-${++spaces}` }, rulesetId: ruleset.id, rulesetVersion: ruleset.version };
    await bed.temporal.startOnce(spaceEvaluationWorkflow, input);
    const handle = await bed.temporal.handle(spaceEvaluationWorkflow, spaceEvaluationWorkflow.workflowId(input));
    const state = () => handle.query(spaceEvaluationState);
    const taskOf = (stage: string) => waitFor(`the ${stage} task`, async () => (await state()).openTasks.find((t) => t.stage === stage), 30_000, 50);
    return { spaceId: input.space.spaceId, handle, state, taskOf, types: () => bed.typesOf(handle.workflowId) };
  }

  it('takes the report, the district’s check and the city’s confirmation of the scored grade', async () => {
    record = activeRecord();
    const year = dateParts((await bed.today()) as CalendarDate).year;
    const evaluation = await started(year);
    const filed = await evaluation.handle.executeUpdate(fileSelfReport, {
      args: [{ actor: operator, report: testing.aSelfReport({ evaluatedYear: year }) as unknown as Record<string, unknown> }],
    });
    expect(filed).toMatchObject({ reportFiledOn: await bed.today(), dueOn: `${year + 1}-04-30` });

    expect(await evaluation.taskOf('SELF_REPORT_CHECK')).toMatchObject({
      assigneeRole: 'district-officer',
      scope: '210302',
      taskId: `${evaluation.handle.workflowId}/SELF_REPORT_CHECK`,
    });
    await evaluation.handle.executeUpdate(checkSelfReport, { args: [{ actor: district, outcome: 'PASS' }] });
    await evaluation.taskOf('RESULT_CONFIRMATION');
    expect((await evaluation.state()).result).toMatchObject({ grade: 'C', unqualified: false, reportFiled: true });

    await evaluation.handle.executeUpdate(confirmResult, { args: [{ actor: city, outcome: 'CONFIRM' }] });
    expect(await evaluation.handle.result()).toEqual({ grade: 'C', corrected: false, consequence: 'NONE' });
    expect(evaluation.types()).toEqual([
      'evaluation.self-report.filed',
      'space.task.opened',
      'space.task.completed',
      'evaluation.self-report.checked',
      'evaluation.result.scored',
      'space.task.opened',
      'evaluation.result.confirmed',
      'space.task.completed',
    ]);
  });

  it('refuses a report filed by another organisation, and a confirmation before the result is scored', async () => {
    record = activeRecord();
    const year = dateParts((await bed.today()) as CalendarDate).year + 1;
    const evaluation = await started(year);
    const report = testing.aSelfReport({ evaluatedYear: year }) as unknown as Record<string, unknown>;
    await expect(evaluation.handle.executeUpdate(fileSelfReport, { args: [{ actor: otherOperator, report }] })).rejects.toMatchObject({
      cause: { type: 'Refused.NOT_YOURS', details: [{ field: 'actor', article: 'Art. 7' }] },
    });
    await expect(evaluation.handle.executeUpdate(confirmResult, { args: [{ actor: city, outcome: 'CONFIRM' }] })).rejects.toMatchObject({
      cause: { type: 'Refused.WRONG_STAGE' },
    });
    expect(await evaluation.state()).toMatchObject({ status: 'AWAITING_REPORT', reportFiledOn: null });
    await evaluation.handle.signal(spaceRevoked, { revokedOn: await bed.today(), article: 'Art. 8', revokedBy: 'change-space-1-c-9' });
    await evaluation.handle.result();
  });

  it('corrects the grade after the expert review the city ordered, giving reasons', async () => {
    record = activeRecord();
    const year = dateParts((await bed.today()) as CalendarDate).year + 2;
    const evaluation = await started(year);
    await evaluation.handle.executeUpdate(fileSelfReport, {
      args: [{ actor: operator, report: testing.aSelfReport({ evaluatedYear: year }) as unknown as Record<string, unknown> }],
    });
    await evaluation.taskOf('SELF_REPORT_CHECK');
    await evaluation.handle.executeUpdate(checkSelfReport, { args: [{ actor: district, outcome: 'PASS' }] });
    await evaluation.taskOf('RESULT_CONFIRMATION');

    await evaluation.handle.executeUpdate(orderReview, { args: [{ actor: city, kind: 'EXPERT_REVIEW', expertId: expert.id }] });
    expect(await evaluation.taskOf('EXPERT_REVIEW')).toMatchObject({ assigneeRole: 'expert', scope: expert.id });
    await expect(evaluation.handle.executeUpdate(confirmResult, { args: [{ actor: city, outcome: 'CONFIRM' }] })).rejects.toMatchObject({
      cause: { type: 'Refused.WRONG_STAGE', details: [{ field: 'outcome', article: 'Art. 7' }] },
    });
    await evaluation.handle.executeUpdate(recordReview, {
      args: [{ actor: expert, kind: 'EXPERT_REVIEW', findings: [{ text: '孵化成效好于报告 / better results than reported' }], suggestedGrade: 'B' }],
    });
    await evaluation.handle.executeUpdate(confirmResult, {
      args: [{ actor: city, outcome: 'CORRECT', grade: 'B', reasons: [{ text: '采纳专家意见 / the expert review', article: 'Art. 7' }] }],
    });

    expect(await evaluation.handle.result()).toEqual({ grade: 'B', corrected: true, consequence: 'NONE' });
    expect((await evaluation.state()).history.map((h) => h.action)).toEqual([
      'report-filed',
      'report-checked',
      'scored',
      'review-ordered',
      'review-recorded',
      'corrected',
    ]);
  });

  it('revokes on the second unqualified year confirmed, and asks for the space’s other workflows to end', async () => {
    const year = dateParts((await bed.today()) as CalendarDate).year - 1;
    record = activeRecord({ [year - 1]: 'D' });
    const evaluation = await started(year);
    await bed.sleepUntil(addDays(`${year + 1}-04-30` as CalendarDate, 2));
    await evaluation.taskOf('RESULT_CONFIRMATION');
    expect(evaluation.types()).toEqual(expect.arrayContaining(['evaluation.self-report.missed', 'evaluation.result.scored', 'space.task.opened']));

    await evaluation.handle.executeUpdate(confirmResult, { args: [{ actor: city, outcome: 'CONFIRM' }] });
    expect(await evaluation.handle.result()).toMatchObject({ grade: 'D', consequence: 'REVOKED' });
    const revoked = bed.eventsOf(evaluation.handle.workflowId).find((e) => e.type === 'space.revoked')!;
    expect(revoked.payload).toMatchObject({ article: 'Art. 7', unqualifiedYears: [year - 1, year] });
    expect(endings).toEqual([
      {
        spaceId: evaluation.spaceId,
        revokedOn: (revoked.payload as { revokedOn: string }).revokedOn,
        article: 'Art. 7',
        revokedBy: evaluation.handle.workflowId,
      },
    ]);
  });

  it('ends an evaluation awaiting its report when the space is revoked elsewhere, and takes no report after', async () => {
    const year = dateParts((await bed.today()) as CalendarDate).year;
    const evaluation = await started(year);
    await evaluation.handle.signal(spaceRevoked, { revokedOn: await bed.today(), article: 'Art. 8', revokedBy: 'change-space-1-c-2' });
    expect(await evaluation.handle.result()).toEqual({ grade: null, corrected: false, consequence: 'ENDED' });
    expect(evaluation.types()).toEqual(['evaluation.ended']);
    expect(bed.eventsOf(evaluation.handle.workflowId)[0].payload).toMatchObject({ year, article: 'Art. 8' });
  });
});
