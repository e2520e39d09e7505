import { Client, Connection } from '@temporalio/client';
import { PrismaClient as ReviewDb } from '.prisma/review-client';
import type { ProblemDocument, FilingState, TaskKind } from '@makerspace/contracts';
import { connectionSettings, prismaAdapter } from '@makerspace/database';
import { todayInShanghai } from '@makerspace/policy';
import { temporalSettings } from '@makerspace/config';
import { As, bootService, BootedService, httpClient, provisionPerson, sampleFiling, unique, waitFor } from '@makerspace/testing';
import { RunningWorker, startWorker } from '@makerspace/workflows';
import { AppModule as IntakeModule, INTAKE_SERVICE } from '@makerspace/intake/testing';
import { AppModule as ReviewModule, REVIEW_SERVICE } from '@makerspace/review/testing';
import { FilingStack } from './support/filing-stack';

interface InboxTask {
  id: string;
  applicationId: string;
  kind: TaskKind;
  stage: string;
  assigneeId: string | null;
  claimedBy: string | null;
}

/**
 * Staff review an application through the review service on the real stack: intake starts the
 * filing workflow on the Temporal dev server, task events reach the review inbox over Kafka, and
 * every decision goes back to the workflow as an update. Public notice lasts 7 real days here,
 * so the procedure is followed up to it (the time-skipping scenarios go on to the meeting).
 */
describe('staff review an application through the review service (Art. 6, Art. 9)', () => {
  let worker: RunningWorker;
  let intake: BootedService;
  let review: BootedService;
  let temporal: Connection;
  const workflowIds: string[] = [];

  const tiedong = { id: unique('officer-tiedong'), role: 'district-officer', scope: '210302' };
  const tiedongColleague = { id: unique('officer-tiedong'), role: 'district-officer', scope: '210302' };
  const tiexi = { id: unique('officer-tiexi'), role: 'district-officer', scope: '210303' };
  const city = { id: unique('officer-city'), role: 'city-officer' };
  const secretary = { id: unique('secretary'), role: 'meeting-secretary' };
  const experts = [1, 2, 3, 4].map((n) => ({ id: unique(`expert-${n}`), role: 'expert' }));
  const as = (person: As) => httpClient(review.url, person);
  let sample: ReturnType<typeof sampleFiling>;

  beforeAll(async () => {
    process.env.FILING_TASK_QUEUE = unique('filing-review');
    process.env.INTAKE_GROUP_ID = unique('intake-e2e-review');
    process.env.REVIEW_GROUP_ID = unique('review-e2e-review');
    worker = await startWorker();
    intake = await bootService(IntakeModule, INTAKE_SERVICE);
    review = await bootService(ReviewModule, REVIEW_SERVICE);
    temporal = await Connection.connect({ address: temporalSettings().address });
  });

  afterAll(async () => {
    // The dev server would keep these procedures waiting on their timers after the run.
    const client = new Client({ connection: temporal });
    await Promise.all(
      workflowIds.map((id) =>
        client.workflow
          .getHandle(id)
          .terminate('end of the e2e run')
          .catch(() => undefined),
      ),
    );
    await temporal?.close();
    await review?.close();
    await intake?.close();
    await worker?.shutdown();
  });

  /** An applicant registers an organisation in Tiedong and submits a qualifying application through intake. */
  async function submitApplication(): Promise<string> {
    const applicant = httpClient(intake.url, { id: unique('applicant'), role: 'applicant' });
    sample = sampleFiling(todayInShanghai(new Date()), '210302');
    const org = await applicant.post<{ id: string }>('/organisations', sample.organisation);
    expect(org.status).toBe(201);
    const draft = await applicant.post<{ id: string }>('/applications', { ...sample.application, organisationId: org.body.id });
    expect(draft.status).toBe(201);
    const submitted = await applicant.post<{ workflowId: string }>(`/applications/${draft.body.id}/submit`);
    expect(submitted.status).toBe(201);
    workflowIds.push(submitted.body.workflowId);
    return draft.body.id;
  }

  /** The open task of a kind in a person's inbox, once its task.opened event has been projected. */
  function taskIn(person: As, applicationId: string, kind: TaskKind): Promise<InboxTask> {
    return waitFor(
      `a ${kind} task in ${person.id}'s inbox`,
      async () => {
        const inbox = await as(person).get<InboxTask[]>(`/tasks?applicationId=${applicationId}&kind=${kind}`);
        return inbox.body.find((t) => t.kind === kind);
      },
      60_000,
      200,
    );
  }

  const decide = (person: As, task: InboxTask, body: object) =>
    as(person).post<ProblemDocument & { status: string; stage: string }>(`/tasks/${task.id}/decision`, body);
  const historyFor = (person: As, applicationId: string) => as(person).get<FilingState>(`/applications/${applicationId}/history`);
  const trailOf = async (subject: string) =>
    (await as(city).get<{ action: string; actorId: string; reason: string | null; after: { outcome?: string } }[]>(`/audit?subject=${subject}`)).body;

  it('takes an application from the district through the city, the inspection and the expert panel to public notice', async () => {
    const applicationId = await submitApplication();

    // Preliminary review (Art. 6(1)): the district of the venue only.
    const preliminary = await taskIn(tiedong, applicationId, 'preliminary-review');
    expect((await as(tiexi).get<InboxTask[]>(`/tasks?applicationId=${applicationId}`)).body).toEqual([]);
    expect((await decide(tiexi, preliminary, { outcome: 'RECOMMEND', recommendation: { documentId: 'rec-1', summary: '同意推荐' } })).status).toBe(404);
    expect((await as(tiexi).post(`/tasks/${preliminary.id}/claim`)).status).toBe(404);
    expect((await historyFor(tiexi, applicationId)).status).toBe(404);

    const bareReturn = await decide(tiedong, preliminary, { outcome: 'RETURN' });
    expect(bareReturn.status).toBe(400);
    expect(bareReturn.body.errors).toEqual([
      {
        pointer: '/reasons',
        rule: 'REASON_REQUIRED',
        article: 'Art. 6',
        message_en: 'a RETURN decision must give its reasons (Art. 6)',
        message_zh: expect.stringContaining('须说明理由'),
      },
    ]);

    const unwritten = await decide(tiedong, preliminary, { outcome: 'RECOMMEND' });
    expect(unwritten.status).toBe(400);
    expect(unwritten.body.errors).toEqual([expect.objectContaining({ pointer: '/recommendation', rule: 'INVALID', article: 'Art. 6(2)' })]);

    expect((await as(tiedong).post<InboxTask>(`/tasks/${preliminary.id}/claim`)).body.claimedBy).toBe(tiedong.id);
    expect((await as(tiedongColleague).post<ProblemDocument>(`/tasks/${preliminary.id}/claim`)).body.code).toBe('CLAIMED_BY_OTHER');
    const colleague = await decide(tiedongColleague, preliminary, { outcome: 'RECOMMEND', recommendation: { documentId: 'rec-1', summary: '同意推荐' } });
    expect([colleague.status, colleague.body.code]).toEqual([409, 'CLAIMED_BY_OTHER']);

    const recommended = await decide(tiedong, preliminary, {
      outcome: 'RECOMMEND',
      recommendation: { documentId: 'rec-1', summary: '同意推荐 / recommended' },
    });
    expect(recommended.status).toBe(200);
    expect(recommended.body).toMatchObject({ applicationId, taskId: preliminary.id, outcome: 'RECOMMEND', status: 'IN_REVIEW' });
    const again = await decide(tiedong, preliminary, { outcome: 'RECOMMEND', recommendation: { documentId: 'rec-1', summary: '同意推荐' } });
    expect([again.status, again.body.code]).toEqual([409, 'CLOSED']);

    // Re-review and on-site inspection by the city.
    const reReview = await taskIn(city, applicationId, 're-review');
    expect((await decide(tiedong, reReview, { outcome: 'PASS' })).status).toBe(404);
    expect((await decide(city, reReview, { outcome: 'RECOMMEND', recommendation: { documentId: 'r', summary: 's' } })).body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ pointer: '/outcome', rule: 'INVALID' }],
    });
    expect((await decide(city, reReview, { outcome: 'PASS' })).status).toBe(200);
    const inspection = await taskIn(city, applicationId, 'on-site-inspection');
    expect((await decide(city, inspection, { outcome: 'PASS', findings: [{ figure: 'totalAreaM2', declared: 800, found: 805 }] })).status).toBe(200);

    // Expert review (Art. 6(4)): the city picks a panel of three from the expert pool (the identity
    // provider's group of experts); one declares a conflict and is replaced.
    for (const expert of experts)
      await provisionPerson(expert, { expertField: '电子信息', expertOrganisation: '鞍山科技大学', expertOrganisationUscc: '12210300A012345673' });
    const insider = { id: unique('expert-insider'), role: 'expert' };
    await provisionPerson(insider, { expertField: '孵化服务', expertOrganisation: sample.organisation.name, expertOrganisationUscc: sample.organisation.uscc });
    const pool = (await as(city).get<{ id: string; field: string; conflict: string | null }[]>(`/experts?applicationId=${applicationId}`)).body;
    expect(pool).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: experts[0].id, field: '电子信息', conflict: null }),
        expect.objectContaining({ id: insider.id, conflict: expect.stringMatching(/conflict of interest/) }),
      ]),
    );
    expect((await as(tiedong).get(`/experts?applicationId=${applicationId}`)).status).toBe(403);
    const organise = await taskIn(city, applicationId, 'organise-expert-review');
    const refused = await decide(city, organise, { outcome: 'ASSIGN_PANEL', experts: [experts[0].id, insider.id, unique('nobody')] });
    expect(refused.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [
        { pointer: '/experts', rule: 'conflict of interest' },
        { pointer: '/experts', rule: 'expert pool' },
      ],
    });
    expect((await decide(city, organise, { outcome: 'ASSIGN_PANEL', experts: experts.slice(0, 3).map((e) => e.id) })).status).toBe(200);
    const seats = await Promise.all(experts.slice(0, 3).map((e) => taskIn(e, applicationId, 'expert-score')));
    seats.forEach((seat, i) => expect(seat.assigneeId).toBe(experts[i].id));
    expect((await as(experts[3]).get<InboxTask[]>(`/tasks?applicationId=${applicationId}`)).body).toEqual([]);
    expect((await historyFor(experts[3], applicationId)).status).toBe(404);
    expect((await decide(experts[0], seats[1], { outcome: 'SCORE', score: 99 })).status).toBe(404);

    expect((await decide(experts[0], seats[0], { outcome: 'SCORE', score: 82 })).status).toBe(200);
    expect((await decide(experts[1], seats[1], { outcome: 'CONFLICT' })).status).toBe(400);
    expect((await decide(experts[1], seats[1], { outcome: 'CONFLICT', reasons: [{ text: '曾任该机构顾问 / former adviser to the operator' }] })).status).toBe(
      200,
    );
    expect((await historyFor(experts[1], applicationId)).status).toBe(404);

    const substitute = await taskIn(city, applicationId, 'assign-substitute');
    expect((await decide(city, substitute, { outcome: 'ASSIGN_SUBSTITUTE', experts: [experts[3].id] })).status).toBe(200);
    const substituteSeat = await taskIn(experts[3], applicationId, 'expert-score');
    expect((await decide(experts[2], seats[2], { outcome: 'SCORE', score: 74 })).status).toBe(200);

    const whileScoring = (await historyFor(experts[0], applicationId)).body;
    expect(whileScoring.panel.filter((s) => s.expertId !== experts[0].id && s.score !== undefined)).toEqual([]);

    expect((await decide(experts[3], substituteSeat, { outcome: 'SCORE', score: 70 })).status).toBe(200);

    // Public notice (Art. 6(4)): 7 calendar days, on the dev server's real clock.
    const notice = await waitFor('public notice', async () => {
      const h = await historyFor(city, applicationId);
      return h.body.stage === 'PUBLIC_NOTICE' && h.body;
    });
    expect(notice).toMatchObject({ applicationId, status: 'IN_REVIEW', stage: 'PUBLIC_NOTICE', openTasks: [], filingNumber: null });
    expect(notice.panel).toEqual([
      { expertId: experts[0].id, status: 'SCORED', score: 82 },
      { expertId: experts[1].id, status: 'CONFLICT' },
      { expertId: experts[2].id, status: 'SCORED', score: 74 },
      { expertId: experts[3].id, status: 'SCORED', score: 70 },
    ]);
    expect(notice.notice).toMatchObject({ from: todayInShanghai(new Date()), objections: [] });
    expect(notice.history.filter((h) => h.action === 'decided').map((h) => h.outcome)).toEqual([
      'RECOMMEND',
      'PASS',
      'PASS',
      'ASSIGN_PANEL',
      'SCORE',
      'CONFLICT',
      'ASSIGN_SUBSTITUTE',
      'SCORE',
      'SCORE',
    ]);
    expect((await historyFor(experts[0], applicationId)).body.panel).toEqual(notice.panel);
    expect((await historyFor(tiedong, applicationId)).body.stage).toBe('PUBLIC_NOTICE');

    // The audit trail has each decision the workflow took, by whom, in order, and the claim.
    const decided = (await trailOf(applicationId)).filter((e) => e.action === 'application.decided');
    expect(decided.map((e) => [e.actorId, e.after.outcome])).toEqual([
      [tiedong.id, 'RECOMMEND'],
      [city.id, 'PASS'],
      [city.id, 'PASS'],
      [city.id, 'ASSIGN_PANEL'],
      [experts[0].id, 'SCORE'],
      [experts[1].id, 'CONFLICT'],
      [city.id, 'ASSIGN_SUBSTITUTE'],
      [experts[2].id, 'SCORE'],
      [experts[3].id, 'SCORE'],
    ]);
    expect(decided[5].reason).toBe('曾任该机构顾问 / former adviser to the operator');
    expect((await trailOf(preliminary.id)).map((e) => [e.action, e.actorId])).toEqual([['task.claimed', tiedong.id]]);
  });

  it('disqualifies an application for fraud at any stage (Art. 9), by the city only and with reasons', async () => {
    const applicationId = await submitApplication();
    const preliminary = await taskIn(tiedong, applicationId, 'preliminary-review');
    const fraud = { reasons: [{ text: '租赁合同系伪造 / the lease is forged', article: 'Art. 9' }] };

    expect((await as(tiedong).post(`/applications/${applicationId}/disqualify`, fraud)).status).toBe(403);
    const bare = await as(city).post<ProblemDocument>(`/applications/${applicationId}/disqualify`, { reasons: [] });
    expect(bare.status).toBe(400);
    expect(bare.body.errors).toEqual([expect.objectContaining({ pointer: '/reasons', rule: 'REASON_REQUIRED', article: 'Art. 9' })]);

    const disqualified = await as(city).post(`/applications/${applicationId}/disqualify`, fraud);
    expect(disqualified.status).toBe(200);
    expect(disqualified.body).toEqual({ applicationId, status: 'DISQUALIFIED', stage: 'PRELIMINARY_REVIEW' });

    const late = await decide(tiedong, preliminary, { outcome: 'RECOMMEND', recommendation: { documentId: 'rec-2', summary: '同意推荐' } });
    expect(late.status).toBe(409);
    expect(['WRONG_STAGE', 'CLOSED']).toContain(late.body.code);
    const twice = await as(city).post<ProblemDocument>(`/applications/${applicationId}/disqualify`, fraud);
    expect([twice.status, twice.body.code]).toEqual([409, 'CLOSED']);
    expect(await trailOf(applicationId)).toEqual([
      expect.objectContaining({ action: 'application.disqualified', actorId: city.id, reason: '租赁合同系伪造 / the lease is forged (Art. 9)' }),
    ]);
  });

  it('reports each application of a meeting record on its own, and gives no filing number to one that is not before the meeting', async () => {
    const applicationId = await submitApplication();
    const preliminary = await taskIn(tiedong, applicationId, 'preliminary-review');
    const meetingId = unique('meeting');
    const record = { meetingId, heldOn: todayInShanghai(new Date()), decisions: [{ applicationId, taskId: preliminary.id, decision: 'APPROVE' }] };

    expect((await as(city).post('/meetings', record)).status).toBe(403);
    const undeclined = await as(secretary).post<ProblemDocument>('/meetings', { ...record, decisions: [{ ...record.decisions[0], decision: 'DECLINE' }] });
    expect(undeclined.status).toBe(400);
    expect(undeclined.body.errors).toEqual([expect.objectContaining({ pointer: '/decisions/0/reasons', rule: 'REASON_REQUIRED', article: 'Art. 6' })]);

    const first = await as(secretary).post<{ results: object[] }>('/meetings', record);
    expect(first.status).toBe(201);
    expect(first.body.results).toEqual([
      { applicationId, taskId: preliminary.id, decision: 'APPROVE', outcome: 'REFUSED', error: expect.objectContaining({ status: 403, code: 'NOT_YOURS' }) },
    ]);
    expect((await as(secretary).post('/meetings', record)).body).toEqual(first.body);
    expect((await as(secretary).post<ProblemDocument>('/meetings', { ...record, heldOn: '2020-10-10' })).body.code).toBe('MEETING_CONFLICT');
    expect((await as(city).get(`/meetings/${meetingId}`)).body).toMatchObject({
      id: meetingId,
      decisions: [{ applicationId, outcome: 'REFUSED', filingNumber: null }],
    });
    expect((await historyFor(city, applicationId)).body).toMatchObject({ status: 'IN_REVIEW', stage: 'PRELIMINARY_REVIEW', filingNumber: null });
    expect((await trailOf(applicationId)).map((e) => [e.action, e.actorId])).toEqual([
      ['meeting.decision-recorded', secretary.id],
      ['meeting.decision-recorded', secretary.id],
    ]);
  });
});

/**
 * The director's meeting record carried to the workflows, on Temporal's time-skipping server
 * (public notice passes in a moment): the review service numbers the approvals and decides
 * several applications in one record.
 */
describe("the director's meeting record, on the time-skipping server (Art. 6(4))", () => {
  const stack = new FilingStack();
  const reviewDb = new ReviewDb({ adapter: prismaAdapter(connectionSettings('review')) });
  let review: BootedService;
  const secretary = { id: unique('secretary'), role: 'meeting-secretary' };

  beforeAll(async () => {
    await stack.start('review-meeting');
    process.env.REVIEW_GROUP_ID = unique('review-e2e-meeting');
    review = await bootService(ReviewModule, REVIEW_SERVICE);
  }, 120_000);

  afterAll(async () => {
    await review?.close();
    await stack.stop();
    await reviewDb.$disconnect();
  });

  /** An application taken through every stage to the director's meeting. */
  async function beforeTheMeeting() {
    const application = await stack.submitApplication();
    await application.driver.recommend();
    await application.driver.passReReview();
    await application.driver.passInspection();
    await application.driver.expertPanel([80, 75, 90]);
    return application;
  }

  it('approves one application with the next filing number and declines another in one record, each once however often it is sent', async () => {
    const approved = await beforeTheMeeting();
    const declined = await beforeTheMeeting();
    await stack.env.sleep('8 days');
    const notBefore = await stack.submitApplication();
    const [approvedTask, declinedTask, earlyTask] = await Promise.all([
      approved.driver.task('director-meeting'),
      declined.driver.task('director-meeting'),
      notBefore.driver.task('preliminary-review'),
    ]);
    const record = {
      meetingId: unique('meeting'),
      heldOn: todayInShanghai(new Date()),
      decisions: [
        { applicationId: approved.applicationId, taskId: approvedTask.taskId, decision: 'APPROVE' },
        {
          applicationId: declined.applicationId,
          taskId: declinedTask.taskId,
          decision: 'DECLINE',
          reasons: [{ text: '场地稳定性存疑 / the lease ends within the year', article: 'Art. 5(2)' }],
        },
        { applicationId: notBefore.applicationId, taskId: earlyTask.taskId, decision: 'APPROVE' },
      ],
    };
    const meetings = httpClient(review.url, secretary);

    const answer = await meetings.post<{ results: { outcome: string; filingNumber?: string; error?: { code: string } }[] }>('/meetings', record);
    expect(answer.status).toBe(201);
    const [approval, decline, early] = answer.body.results;
    expect(approval).toMatchObject({
      applicationId: approved.applicationId,
      outcome: 'DECIDED',
      filingNumber: expect.stringMatching(new RegExp(`^鞍科众备〔${record.heldOn.slice(0, 4)}〕\\d{3,}$`)),
    });
    expect(decline).toEqual({ applicationId: declined.applicationId, taskId: declinedTask.taskId, decision: 'DECLINE', outcome: 'DECIDED' });
    expect(early).toMatchObject({ outcome: 'REFUSED', error: { code: 'NOT_YOURS' } });
    expect(early).not.toHaveProperty('filingNumber');
    expect(await reviewDb.filingNumber.findUnique({ where: { applicationId: notBefore.applicationId } })).toBeNull();

    expect(await approved.driver.handle.result()).toMatchObject({ status: 'FILED', filingNumber: approval.filingNumber });
    expect(await declined.driver.handle.result()).toMatchObject({ status: 'REJECTED' });

    expect((await meetings.post('/meetings', record)).body).toEqual(answer.body);

    // The answer was lost before it was stored: sent again, the record still reports the approval
    // and its number, as the workflow's history has them, and decides nothing twice.
    await reviewDb.meetingDecision.deleteMany({ where: { meetingId: record.meetingId, applicationId: approved.applicationId } });
    const resent = await meetings.post<{ results: object[] }>('/meetings', record);
    expect(resent.body.results[0]).toEqual(approval);
    expect((await approved.driver.state()).history.filter((h) => h.action === 'filed')).toHaveLength(1);
  });
});
