import { addDays, calendarDate, CalendarDate, dateParts, todayInShanghai } from '@makerspace/policy';
import { selfReports } from './support/self-reports';
import { SupervisionStack, supervisors } from './support/supervision-stack';

type Task = {
  id: string;
  stage: string;
  assigneeRole: string;
  scope: string | null;
  dueOn: string;
  status: string;
  remindersSent: number;
  overdue: boolean;
  escalatedTo: string | null;
  outcome: string | null;
};
type EvaluationState = {
  status: string;
  districtCheck: { outcome: string } | null;
  reviews: { kind: string; findings: unknown[] | null }[];
  openTasks: { stage: string; dueOn: string }[];
  endedBy: { article: string } | null;
};
type Answer = EvaluationState & { code?: string; issues?: { field?: string; article?: string }[] };

const reasons = [{ text: '面积不足500平方米 / the venue is down to 450 m²', article: 'Art. 5(2)' }];

/**
 * The staff's part of supervision on real servers, months in seconds: the district department
 * checks a filed report first, a city officer confirms after an expert review and an on-site check,
 * each a task with its due date, reminders, overdue and escalation; and a revocation ends the
 * space's other evaluation and changes in flight. The chapters run in order over one cycle.
 */
describe('supervision tasks of the staff (Art. 7, Art. 8) and the end of a revoked space’s procedures', () => {
  const stack = new SupervisionStack();
  let year: number;
  let spaces: Record<'reviewed' | 'unreported' | 'revoked', Awaited<ReturnType<SupervisionStack['fileSpace']>>>;
  const city = () => stack.as(supervisors.cityOfficer);
  const shanghaiDate = (instant: string) => todayInShanghai(new Date(instant));

  beforeAll(async () => {
    await stack.start('staff-tasks');
    const today = await stack.today();
    year = dateParts(today).year;
    spaces = {
      reviewed: await stack.fileSpace({ filedOn: today, declaredAsOf: today, divisionCode: '210303' }),
      unreported: await stack.fileSpace({ filedOn: today, declaredAsOf: today }),
      revoked: await stack.fileSpace({ filedOn: today, declaredAsOf: today }),
    };
    expect((await stack.as(supervisors.scheduler).post(`/evaluation-cycles/${year}`)).status).toBe(202);
    await stack.sleepUntil(calendarDate(year + 1, 1, 1), 10);
    await stack.recorded('every space asked for its report', async () => (await stack.db.evaluation.count({ where: { year } })) === 3);
  }, 240_000);
  afterAll(() => stack.stop());

  const evaluationPath = (spaceId: string) => `/spaces/${spaceId}/evaluations/${year}`;
  const stateOf = async (spaceId: string) => (await city().get<EvaluationState>(evaluationPath(spaceId))).body;
  const tasksAs = async (person: { id: string; role: string; scope?: string | null }, query = '') =>
    (await stack.as(person).get<Task[]>(`/supervision-tasks${query}`)).body;
  const taskRecorded = (spaceId: string, stage: string, where: (t: Task) => boolean = () => true) =>
    stack.recorded(`the ${stage} task of ${spaceId}`, async () => {
      const task = await stack.db.supervisionTask.findFirst({ where: { spaceId, stage } });
      return task && where(task as Task) && (task as Task);
    });

  it('revoking a space ends its evaluation and its other change in flight, and nothing else', async () => {
    const { space, operator } = spaces.revoked;
    const today = await stack.today();
    const found = await city().post<{ changeId: string }>(`/spaces/${space.id}/changes`, {
      change: { kind: 'NAME', effectiveOn: today, name: '鞍山创客工场' },
    });
    const area = await operator.post<{ changeId: string }>(`/spaces/${space.id}/changes`, {
      change: { kind: 'AREA', effectiveOn: today, areas: { totalAreaM2: 450, workstationAreaM2: 300, publicServiceAreaM2: 100 } },
      evidence: [{ documentId: 'doc-lease-2', title: '新租赁合同 / new lease' }],
    });
    const review = await taskRecorded(space.id, 'CHANGE_REVIEW');
    expect(review).toMatchObject({ assigneeRole: 'city-officer', scope: null, dueOn: addDays(today, 15), status: 'OPEN' });
    await stack.recorded(
      'the re-check',
      async () => (await city().get<{ reviewOpenedOn: string | null }>(`/spaces/${space.id}/changes/${area.body.changeId}`)).body.reviewOpenedOn,
    );
    expect((await city().post(`/spaces/${space.id}/changes/${area.body.changeId}/decision`, { outcome: 'REVOKE', reasons })).status).toBe(200);

    const ended = await stack.tap.waitFor(space.id, 'evaluation.ended');
    expect(ended.payload).toMatchObject({ year, article: 'Art. 8', revokedOn: today });
    expect((await stack.tap.waitFor(space.id, 'change.ended')).payload).toMatchObject({ changeId: found.body.changeId, article: 'Art. 8' });
    expect((await stateOf(space.id)).status).toBe('ENDED');
    expect(await stack.env.client.workflow.getHandle(`evaluation-${year}-${space.id}`).result()).toEqual({
      grade: null,
      corrected: false,
      consequence: 'ENDED',
    });
    // The evaluation has closed: its report is no longer taken (the time-skipping server answers a
    // closed workflow as not found, the real server as completed: 404 or 409).
    const late = await operator.put<Answer>(`${evaluationPath(space.id)}/self-report`, selfReports.qualified(year));
    expect([404, 409]).toContain(late.status);

    const record = await stack.recorded('the record to show both ended', async () => {
      const r = (
        await city().get<{ status: string; evaluations: { status: string }[]; changes: { changeId: string; status: string }[] }>(`/spaces/${space.id}`)
      ).body;
      return r.evaluations[0]?.status === 'ENDED' && r.changes.every((c) => c.status !== 'AWAITING_REPORT') && r;
    });
    expect(record.status).toBe('REVOKED');
    expect(Object.fromEntries(record.changes.map((c) => [c.changeId, c.status]))).toEqual({ [found.body.changeId]: 'ENDED', [area.body.changeId]: 'REVOKED' });
    expect((await taskRecorded(space.id, 'CHANGE_REVIEW', (t) => t.status === 'DONE')).outcome).toBe('REVOKE');
    expect(stack.tap.types(space.id).filter((t) => t === 'evaluation.ended' || t === 'change.ended')).toHaveLength(2);
    for (const { space: other } of [spaces.reviewed, spaces.unreported]) expect(stack.tap.types(other.id)).not.toContain('evaluation.ended');
  });

  it('the district department checks a filed report first; the city confirms after an expert review and an on-site check', async () => {
    const { space, operator } = spaces.reviewed;
    const district = supervisors.districtOfficerOf('210303');
    const notYet = await stack.as(district).post<Answer>(`${evaluationPath(space.id)}/district-check`, { outcome: 'PASS' });
    expect(notYet.body.code).toBe('WRONG_STAGE');

    expect((await operator.put(`${evaluationPath(space.id)}/self-report`, selfReports.qualified(year))).status).toBe(200);
    const today = await stack.today();
    const check = await taskRecorded(space.id, 'SELF_REPORT_CHECK');
    expect(check).toMatchObject({ assigneeRole: 'district-officer', scope: '210303', dueOn: addDays(today, 15) });
    expect((await tasksAs(district)).map((t) => t.id)).toContain(check.id);
    expect((await tasksAs(supervisors.districtOfficerOf('210302'))).map((t) => t.id)).not.toContain(check.id);
    const cityFirst = await city().post<Answer>(`${evaluationPath(space.id)}/district-check`, { outcome: 'PASS' });
    expect(cityFirst.status).toBe(403);
    const unexplained = await stack.as(district).post<Answer>(`${evaluationPath(space.id)}/district-check`, { outcome: 'CONCERNS' });
    expect(unexplained.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ rule: 'REASON_REQUIRED', article: 'Art. 7' }] });
    const checked = await stack
      .as(district)
      .post<Answer>(`${evaluationPath(space.id)}/district-check`, { outcome: 'PASS', reasons: [{ text: '材料属实 / the report matches the records' }] });
    expect(checked.status).toBe(200);
    expect(checked.body.districtCheck).toMatchObject({ outcome: 'PASS' });

    await stack.recorded('the result scored', async () => (await stateOf(space.id)).status === 'SCORED');
    const confirmation = await taskRecorded(space.id, 'RESULT_CONFIRMATION');
    expect(confirmation).toMatchObject({ assigneeRole: 'city-officer', dueOn: addDays(today, 15) });
    const noExpert = await city().post<Answer>(`${evaluationPath(space.id)}/reviews`, { kind: 'EXPERT_REVIEW' });
    expect(noExpert.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ pointer: '/expertId', rule: 'INVALID' }] });
    expect((await city().post(`${evaluationPath(space.id)}/reviews`, { kind: 'EXPERT_REVIEW', expertId: 'expert-7' })).status).toBe(200);
    expect((await city().post(`${evaluationPath(space.id)}/reviews`, { kind: 'ON_SITE_CHECK' })).status).toBe(200);
    const tooEarly = await city().post<Answer>(`${evaluationPath(space.id)}/confirmation`, { outcome: 'CONFIRM' });
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.code).toBe('WRONG_STAGE');

    const findings = { kind: 'EXPERT_REVIEW', findings: [{ text: '孵化成效属实 / incubation results confirmed', article: 'Art. 7' }], suggestedGrade: 'C' };
    // An expert the review does not name is told the evaluation does not exist.
    expect((await stack.as(supervisors.expert('expert-8')).post(`${evaluationPath(space.id)}/review-findings`, findings)).status).toBe(404);
    await taskRecorded(space.id, 'EXPERT_REVIEW');
    expect((await tasksAs(supervisors.expert('expert-7'))).map((t) => t.stage)).toEqual(['EXPERT_REVIEW']);
    expect((await stack.as(supervisors.expert('expert-7')).post(`${evaluationPath(space.id)}/review-findings`, findings)).status).toBe(200);
    expect(
      (
        await city().post(`${evaluationPath(space.id)}/review-findings`, {
          kind: 'ON_SITE_CHECK',
          findings: [{ text: '现场与报告一致 / the venue matches the report' }],
        })
      ).status,
    ).toBe(200);
    expect((await city().post(`${evaluationPath(space.id)}/confirmation`, { outcome: 'CONFIRM' })).status).toBe(200);

    const done = await stack.recorded('every task of the evaluation done', async () => {
      const tasks = await stack.db.supervisionTask.findMany({ where: { spaceId: space.id } });
      return tasks.length === 4 && tasks.every((t) => t.status === 'DONE') && tasks;
    });
    expect(Object.fromEntries(done.map((t) => [t.stage, t.outcome]))).toEqual({
      SELF_REPORT_CHECK: 'PASS',
      RESULT_CONFIRMATION: 'CONFIRM',
      EXPERT_REVIEW: 'DONE',
      ON_SITE_CHECK: 'DONE',
    });
    const row = await stack.db.evaluation.findUniqueOrThrow({ where: { spaceId_year: { spaceId: space.id, year } } });
    expect(row.districtCheck).toMatchObject({ outcome: 'PASS', by: district.id });
    expect(row.reviews).toEqual([
      expect.objectContaining({ kind: 'EXPERT_REVIEW', assigneeId: 'expert-7', suggestedGrade: 'C' }),
      expect.objectContaining({ kind: 'ON_SITE_CHECK' }),
    ]);
  });

  it('the city’s confirmation of an unreported year is reminded, overdue after its due day and escalated after the grace days', async () => {
    const { space } = spaces.unreported;
    const scoredOn = addDays(calendarDate(year + 1, 4, 30), 1);
    const dueOn = addDays(scoredOn, 15) as CalendarDate;
    await stack.sleepUntil(addDays(dueOn, 5), 10);
    const escalated = await stack.tap.waitFor(space.id, 'space.task.escalated');
    expect(escalated.payload).toMatchObject({ stage: 'RESULT_CONFIRMATION', from: 'city-officer', to: 'city-officer', dueOn });
    const timeline = stack.tap.of(space.id).filter((e) => e.type.startsWith('space.task.'));
    expect(timeline.map((e) => [e.type, shanghaiDate(e.occurredAt)])).toEqual([
      ['space.task.opened', scoredOn],
      ['space.task.reminded', addDays(dueOn, -5)],
      ['space.task.reminded', addDays(dueOn, -1)],
      ['space.task.overdue', addDays(dueOn, 1)],
      ['space.task.escalated', addDays(dueOn, 4)],
    ]);
    const task = await taskRecorded(space.id, 'RESULT_CONFIRMATION', (t) => t.escalatedTo !== null);
    expect(task).toMatchObject({ remindersSent: 2, overdue: true, escalatedTo: 'city-officer', status: 'OPEN' });
    expect((await tasksAs(supervisors.cityOfficer, '?stage=RESULT_CONFIRMATION')).map((t) => t.id)).toContain(task.id);

    expect((await city().post(`${evaluationPath(space.id)}/confirmation`, { outcome: 'CONFIRM' })).status).toBe(200);
    expect((await taskRecorded(space.id, 'RESULT_CONFIRMATION', (t) => t.status === 'DONE')).outcome).toBe('CONFIRM');
  });
});
