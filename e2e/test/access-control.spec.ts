import { randomUUID } from 'node:crypto';
import { decodeJwt } from 'jose';
import { spaceEvaluationWorkflowId } from '@makerspace/contracts';
import { accessToken, keycloakAddress, signedIn, unique } from '@makerspace/testing';
import { ENDPOINTS } from './support/fuzz/api-surface';
import { FuzzStack, SERVICES, ServiceName } from './support/fuzz/fuzz-stack';
import { AccessRow, ACCESS, classOf, expectedFor } from './support/access/access-table';
import { ASSIGNED_EXPERT, Caller, CALLERS, people, VENUE_DIVISION } from './support/access/people';
import { SEED_OWNER } from './support/fuzz/fuzz-stack';

/**
 * The year the scheduler is allowed to open: its cycle goes to a task queue nobody polls, and a
 * second run finds it open already. Every other year in a path is one never opened.
 */
const OPENED_YEAR = 9998;
const NEVER_OPENED_YEAR = 9997;

/**
 * Access control, endpoint × caller: every route of the four services (the table must name each
 * one the services register) called by each caller, signed in through Keycloak (each caller a
 * person of its realm, the scope in the token's claims), on the seeded objects, with a valid request,
 * answered as the table says: served (any answer past the access checks), 404 for an object that
 * is someone else's (another organisation's application or evidence, another division's task or
 * space, an unassigned expert's task, another person's inbox), 401/403 for a caller who may never
 * call it.
 */
describe('who may call what', () => {
  const stack = new FuzzStack();
  let path: (row: AccessRow) => string;
  let expertTaskId: string;
  const meetingId = unique('access-meeting');
  const expertReviewTaskId = unique('access-review-task');

  beforeAll(async () => {
    // Workflows an allowed call starts (a cycle, a change) go to a queue nobody polls.
    process.env.SUPERVISION_TASK_QUEUE = unique('access-supervision');
    process.env.FILING_TASK_QUEUE = unique('access-filing');
    await stack.start();
    const { seeds } = stack;
    expertTaskId = randomUUID();
    await stack.db('review').task.create({
      data: {
        id: expertTaskId,
        applicationId: seeds.withdrawnApplicationId,
        stage: 'EXPERT_REVIEW',
        kind: 'expert-score',
        assigneeRole: 'expert',
        assigneeId: ASSIGNED_EXPERT,
        titleZh: '专家评分',
        titleEn: 'Expert score',
        dueOn: '2026-12-12',
        status: 'DONE',
        outcome: 'SCORE',
      },
    });
    await stack.db('review').meeting.create({ data: { id: meetingId, heldOn: '2026-11-20', recordedBy: 'secretary-1' } });
    const values: Record<string, string> = {
      id: seeds.withdrawnApplicationId,
      applicationId: seeds.withdrawnApplicationId,
      evidenceId: seeds.evidenceId,
      spaceId: seeds.activeSpaceId,
      changeId: randomUUID(),
      meetingId,
      kind: 'filing-certificate',
      code: 'ABCDE-FGHJK',
      // A year never opened; only the scheduler's opening names another (OPENED_YEAR).
      year: String(NEVER_OPENED_YEAR),
    };
    // The assigned expert was named for the review of the seeded space's evaluation of that year.
    await stack.db('evaluation').supervisionTask.create({
      data: {
        id: expertReviewTaskId,
        workflowId: spaceEvaluationWorkflowId(NEVER_OPENED_YEAR, seeds.activeSpaceId),
        spaceId: seeds.activeSpaceId,
        spaceName: '鞍山创客空间',
        divisionCode: VENUE_DIVISION,
        stage: 'EXPERT_REVIEW',
        assigneeRole: 'expert',
        scope: ASSIGNED_EXPERT,
        openedOn: '2026-11-01',
        dueOn: '2026-11-30',
        status: 'DONE',
      },
    });
    path = (row) => {
      const template = row.route.split(' ')[1];
      if (template.startsWith('/organisations/:id')) return template.replace(':id', seeds.organisationId);
      if (template === '/evaluation-cycles/:year' && row.route.startsWith('POST')) return `/evaluation-cycles/${OPENED_YEAR}`;
      if (template === '/spaces/supervised') return '/spaces/supervised?status=ACTIVE&filedOnOrBefore=2026-01-01&limit=10';
      if (template.startsWith('/tasks/:id')) return template.replace(':id', row.on === "the assigned expert's task" ? expertTaskId : seeds.decidedTaskId);
      if (template === '/inbox')
        return `/inbox?recipient=${encodeURIComponent(row.on === "the owner's own inbox" ? SEED_OWNER : `district-officer:${VENUE_DIVISION}`)}`;
      return template.replace(/:(\w+)/g, (_m, name: string) => values[name]);
    };
  }, 120_000);

  afterAll(async () => {
    // Drafts the owner was allowed to create, before the seeds they belong to go.
    const { seeds } = stack;
    await stack
      .db('intake')
      .application.deleteMany({ where: { organisationId: seeds.organisationId, id: { notIn: [seeds.draftApplicationId, seeds.withdrawnApplicationId] } } });
    await stack.db('review').meetingDecision.deleteMany({ where: { meetingId } });
    await stack.db('review').meeting.deleteMany({ where: { id: meetingId } });
    await stack.db('review').task.deleteMany({ where: { id: expertTaskId } });
    await stack.db('evaluation').supervisionTask.deleteMany({ where: { id: expertReviewTaskId } });
    await stack.stop();
  });

  const aside = (route: string) => /^GET \/docs/.test(route) && route !== 'GET /docs/openapi.json';

  it('names every route the services register, and no other', () => {
    for (const service of SERVICES) {
      const registered = [...new Set(stack.routes(service).filter((r) => !aside(r)))].sort();
      const inTable = [...new Set(ACCESS[service].map((row) => row.route))].sort();
      expect([service, inTable]).toEqual([service, registered]);
    }
  });

  it("signs every caller in through Keycloak's login page, with the claims the realm maps", async () => {
    for (const caller of CALLERS) {
      const as = people(stack.seeds)[caller];
      if (!as) continue;
      const claims = decodeJwt(await accessToken(as));
      const scope = as.role === 'district-officer' ? { division: as.scope } : as.role === 'applicant' ? { organisation: as.scope } : {};
      expect([caller, claims]).toEqual([
        caller,
        expect.objectContaining({ iss: keycloakAddress().issuer, azp: 'makerspace-console', sub: as.id, role: [as.role], ...scope }),
      ]);
    }
  });

  /** A valid request to the route, so only access can refuse it before the rules of the procedure do. */
  async function request(service: ServiceName, row: AccessRow, caller: Caller): Promise<number> {
    const [method] = row.route.split(' ');
    const url = `${stack.services[service].url}${path(row)}`;
    const headers = await signedIn(people(stack.seeds)[caller]);
    const endpoint = ENDPOINTS.find((e) => e.service === service && `${e.method} ${e.path}` === row.route);
    let body: FormData | string | undefined;
    if (row.route === 'POST /applications/:id/evidence') {
      const form = new FormData();
      form.append('kind', 'lease-or-title');
      form.append('file', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')], { type: 'application/pdf' }), 'lease.pdf');
      body = form;
    } else if (row.route === 'PUT /evaluation-schedule') {
      body = JSON.stringify(await currentSchedule(service));
      headers['content-type'] = 'application/json';
    } else if (endpoint?.body) {
      body = JSON.stringify(endpoint.body.example(stack.seeds));
      headers['content-type'] = 'application/json';
    }
    const res = await fetch(url, { method, headers, body });
    await res.arrayBuffer();
    return res.status;
  }

  /** The schedule as it is, so a scheduler allowed to set it sets nothing new. */
  async function currentSchedule(service: ServiceName): Promise<unknown> {
    const res = await fetch(`${stack.services[service].url}/evaluation-schedule`, { headers: await signedIn(people(stack.seeds).scheduler) });
    const current = (await res.json()) as { cron?: string; paused?: boolean };
    return res.ok ? { cron: current.cron, paused: current.paused } : { cron: '0 9 1 1 *', paused: true };
  }

  for (const service of SERVICES) {
    it(`answers every endpoint of ${service} to every caller as the table says`, async () => {
      const wrong: string[] = [];
      for (const row of ACCESS[service]) {
        for (const caller of CALLERS) {
          const expected = expectedFor(row, caller);
          const status = await request(service, row, caller);
          const got = classOf(status, row, expected);
          if (got !== expected) wrong.push(`${row.route}${row.on ? ` (${row.on})` : ''} as ${caller}: expected ${expected}, answered ${status}`);
        }
      }
      expect(wrong).toEqual([]);
    }, 300_000);
  }
});
