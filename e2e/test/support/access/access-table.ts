import { CALLERS, Caller } from './people';

/**
 * Who may call what (docs/trust.md, "Who may call what"). For each endpoint, on the seeded object
 * its path names: the callers it serves, and the callers for whom the object is someone else's
 * (answered 404, as if it did not exist). Every other caller may never call it (401 or 403).
 */
export interface AccessRow {
  /** `METHOD /path` as the service routes it. */
  route: string;
  /** Which seeded object the path names, when a route has rows for several. */
  on?: string;
  allowed: readonly Caller[];
  hidden?: readonly Caller[];
  /**
   * What the answer comes from does not exist in the access stack (a workflow it does not run, a
   * year never opened, a schedule never set): a caller it serves may be told 404 once past the
   * access checks. Callers it hides the object from must still be told 404, the others 401/403.
   */
  absentHere?: true;
}

const OWNER: Caller = 'applicant (owner)';
const OTHER_APPLICANT: Caller = 'applicant (other organisation)';
const DISTRICT: Caller = 'district officer (venue division)';
const OTHER_DISTRICT: Caller = 'district officer (other division)';
const CITY: Caller = 'city officer';
const EXPERT: Caller = 'expert (assigned)';
const OTHER_EXPERT: Caller = 'expert (not assigned)';
const SECRETARY: Caller = 'meeting secretary';
const SCHEDULER: Caller = 'scheduler';

const EVERYONE = CALLERS;
const STAFF = [DISTRICT, OTHER_DISTRICT, CITY, EXPERT, OTHER_EXPERT, SECRETARY] as const;
/** An application or its evidence: its organisation and the district and city officers of the venue. */
const APPLICATION_READ = { allowed: [OWNER, DISTRICT, CITY], hidden: [OTHER_APPLICANT, OTHER_DISTRICT] } as const;
const APPLICATION_WRITE = { allowed: [OWNER], hidden: [OTHER_APPLICANT] } as const;
/** A space: its operator, the district of its venue, the city and the scheduler. */
const SPACE_READ = { allowed: [OWNER, DISTRICT, CITY, SCHEDULER], hidden: [OTHER_APPLICANT, OTHER_DISTRICT] } as const;
const DISTRICT_TASK = { on: "the venue division's task", allowed: [DISTRICT], hidden: [OTHER_DISTRICT, CITY, EXPERT, OTHER_EXPERT, SECRETARY] } as const;
const EXPERT_TASK = { on: "the assigned expert's task", allowed: [EXPERT], hidden: [OTHER_EXPERT, DISTRICT, OTHER_DISTRICT, CITY, SECRETARY] } as const;
const CITY_ONLY = { allowed: [CITY] } as const;
const audit = (prefix: string): AccessRow[] => [
  { route: `GET ${prefix}/audit`, ...CITY_ONLY },
  { route: `GET ${prefix}/audit/export.csv`, ...CITY_ONLY },
];
const open = (route: string): AccessRow => ({ route, allowed: EVERYONE });
/** Liveness, readiness, the OpenAPI document and the metrics are everyone's. */
const operational = ['GET /health/live', 'GET /health/ready', 'GET /docs/openapi.json', 'GET /metrics'].map(open);

export const ACCESS: Record<'intake' | 'review' | 'evaluation' | 'notification', AccessRow[]> = {
  intake: [
    ...operational,
    { route: 'POST /organisations', allowed: [OWNER, OTHER_APPLICANT] },
    { route: 'GET /organisations/:id', ...APPLICATION_READ },
    { route: 'GET /organisation-bindings', allowed: [DISTRICT, OTHER_DISTRICT, CITY] },
    // The seeded organisation is checked by the venue's district (its USCC's division).
    { route: 'POST /organisations/:id/binding', allowed: [DISTRICT], hidden: [OTHER_DISTRICT] },
    { route: 'POST /applications', ...APPLICATION_WRITE },
    { route: 'PUT /applications/:id', ...APPLICATION_WRITE },
    { route: 'GET /applications/:id', ...APPLICATION_READ },
    { route: 'GET /applications/:id/precheck', ...APPLICATION_READ },
    { route: 'POST /applications/:id/submit', ...APPLICATION_WRITE },
    { route: 'POST /applications/:id/withdraw', ...APPLICATION_WRITE },
    { route: 'POST /applications/:id/resubmit', ...APPLICATION_WRITE },
    { route: 'GET /applications/:id/timeline', ...APPLICATION_READ },
    { route: 'POST /applications/:id/evidence', ...APPLICATION_WRITE },
    { route: 'GET /applications/:id/evidence', ...APPLICATION_READ },
    { route: 'GET /applications/:id/evidence/:evidenceId/content', ...APPLICATION_READ },
    { route: 'DELETE /applications/:id/evidence/:evidenceId', ...APPLICATION_WRITE },
    // The search answers each caller within its own scope: an applicant its organisations', a district its division's.
    { route: 'GET /applications', allowed: [OWNER, OTHER_APPLICANT, DISTRICT, OTHER_DISTRICT, CITY] },
    { route: 'GET /applications/:id/documents', ...APPLICATION_READ },
    // The seeded application is not filed: no certificate to download.
    { route: 'GET /applications/:id/documents/:kind', ...APPLICATION_READ, absentHere: true },
    // The public check of a document: a code no document carries.
    { route: 'GET /verification/:code', allowed: EVERYONE, absentHere: true },
    open('POST /verification'),
    open('GET /registry'),
    open('GET /public-notices'),
    open('POST /public-notices/:applicationId/objections'),
    ...audit(''),
  ],
  review: [
    ...operational,
    { route: 'GET /tasks', allowed: STAFF },
    { route: 'GET /experts', ...CITY_ONLY },
    { route: 'POST /tasks/:id/claim', ...DISTRICT_TASK },
    { route: 'POST /tasks/:id/claim', ...EXPERT_TASK },
    { route: 'POST /tasks/:id/release', ...DISTRICT_TASK },
    { route: 'POST /tasks/:id/release', ...EXPERT_TASK },
    { route: 'POST /tasks/:id/decision', ...DISTRICT_TASK, absentHere: true },
    { route: 'POST /tasks/:id/decision', ...EXPERT_TASK, absentHere: true },
    { route: 'GET /applications/:id/history', allowed: [DISTRICT, CITY, SECRETARY, EXPERT], hidden: [OTHER_DISTRICT, OTHER_EXPERT], absentHere: true },
    { route: 'POST /applications/:id/disqualify', ...CITY_ONLY, absentHere: true },
    { route: 'POST /meetings', allowed: [SECRETARY] },
    { route: 'GET /meetings/:meetingId', allowed: [SECRETARY, CITY] },
    ...audit(''),
  ],
  evaluation: [
    ...operational,
    { route: 'GET /spaces', allowed: [DISTRICT, OTHER_DISTRICT, CITY, SCHEDULER] },
    { route: 'GET /spaces/supervised', allowed: [] },
    { route: 'GET /spaces/:spaceId', ...SPACE_READ },
    { route: 'POST /evaluation-cycles/:year', allowed: [SCHEDULER] },
    { route: 'GET /evaluation-cycles/:year', allowed: [DISTRICT, OTHER_DISTRICT, CITY, SCHEDULER], absentHere: true },
    { route: 'GET /evaluation-cycles/:year/results', allowed: [DISTRICT, OTHER_DISTRICT, CITY], absentHere: true },
    { route: 'GET /evaluation-cycles/:year/recommendations', allowed: [DISTRICT, OTHER_DISTRICT, CITY], absentHere: true },
    { route: 'GET /evaluation-cycles/:year/recommendations/export', ...CITY_ONLY, absentHere: true },
    { route: 'GET /evaluation-schedule', allowed: [SCHEDULER, CITY], absentHere: true },
    { route: 'PUT /evaluation-schedule', allowed: [SCHEDULER] },
    { route: 'GET /spaces/:spaceId/evaluations/:year', ...SPACE_READ, absentHere: true },
    { route: 'PUT /spaces/:spaceId/evaluations/:year/self-report', allowed: [OWNER], hidden: [OTHER_APPLICANT], absentHere: true },
    { route: 'POST /spaces/:spaceId/evaluations/:year/district-check', allowed: [DISTRICT, CITY], hidden: [OTHER_DISTRICT], absentHere: true },
    { route: 'POST /spaces/:spaceId/evaluations/:year/reviews', ...CITY_ONLY, absentHere: true },
    { route: 'POST /spaces/:spaceId/evaluations/:year/review-findings', allowed: [EXPERT, CITY], hidden: [OTHER_EXPERT], absentHere: true },
    { route: 'POST /spaces/:spaceId/evaluations/:year/confirmation', ...CITY_ONLY, absentHere: true },
    { route: 'GET /changes', ...CITY_ONLY },
    { route: 'POST /spaces/:spaceId/changes', allowed: [OWNER, CITY], hidden: [OTHER_APPLICANT], absentHere: true },
    { route: 'GET /spaces/:spaceId/changes/:changeId', ...SPACE_READ, absentHere: true },
    { route: 'POST /spaces/:spaceId/changes/:changeId/report', allowed: [OWNER], hidden: [OTHER_APPLICANT], absentHere: true },
    { route: 'POST /spaces/:spaceId/changes/:changeId/decision', ...CITY_ONLY, absentHere: true },
    { route: 'GET /supervision-tasks', allowed: [DISTRICT, OTHER_DISTRICT, CITY, EXPERT, OTHER_EXPERT] },
    { route: 'POST /space-imports', allowed: [CITY, SCHEDULER] },
    ...audit(''),
  ],
  notification: [
    ...operational,
    {
      route: 'GET /inbox',
      on: "the owner's own inbox",
      allowed: [OWNER],
      hidden: [OTHER_APPLICANT, DISTRICT, OTHER_DISTRICT, CITY, EXPERT, OTHER_EXPERT, SECRETARY, SCHEDULER],
    },
    {
      route: 'GET /inbox',
      on: "the venue division's desk",
      allowed: [DISTRICT],
      hidden: [OWNER, OTHER_APPLICANT, OTHER_DISTRICT, CITY, EXPERT, OTHER_EXPERT, SECRETARY, SCHEDULER],
    },
  ],
};

export type Expected = 'allowed' | 'hidden' | 'denied';

export function expectedFor(row: AccessRow, caller: Caller): Expected {
  if (row.allowed.includes(caller)) return 'allowed';
  return row.hidden?.includes(caller) ? 'hidden' : 'denied';
}

/** The class of an answer: past the access checks (any answer but 401, 403, 404), 404, or refused. */
export function classOf(status: number, row: AccessRow, expected: Expected): Expected | `error ${number}` {
  if (status >= 500 && status !== 503) return `error ${status}`;
  if (status === 401 || status === 403) return 'denied';
  if (status === 404) return row.absentHere && expected === 'allowed' ? 'allowed' : 'hidden';
  return 'allowed';
}
