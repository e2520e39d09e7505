import type { z } from 'zod';
import {
  ChangeDecisionBody,
  ChangeRegistration,
  ChangeReportBody,
  ConfirmationBody,
  DistrictCheckBody,
  ReviewFindingsBody,
  ReviewOrderBody,
  ScheduleSettings,
  SelfReportBody,
} from '@makerspace/evaluation/testing';
import {
  ApplicationDraft,
  ApplicationUpdate,
  BindingDecision,
  EvidenceForm,
  ObjectionForm,
  RegisterOrganisation,
  Resubmit,
  VerificationForm,
  Withdraw,
} from '@makerspace/intake/testing';
import { testing } from '@makerspace/policy';
import { DecisionBody, DisqualificationBody, MeetingRecord } from '@makerspace/review/testing';
import { sampleFiling } from '@makerspace/testing';
import type { Seeds, ServiceName } from './fuzz-stack';

/** What a path parameter names, so the fuzz can put the seeded record of that kind there. */
export type ParamKind = 'application' | 'organisation' | 'evidence' | 'task' | 'space' | 'change' | 'meeting' | 'year' | 'document-kind' | 'verification-code';

export interface Endpoint {
  service: ServiceName;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** As Express routes it: `/applications/:id`. */
  path: string;
  params: Record<string, ParamKind>;
  /** A JSON body: the schema the service validates it with, and a valid example for the fuzz to break. */
  body?: { schema: z.ZodType; example: (seeds: Seeds) => unknown };
  /** The query parameters it reads. */
  query?: string[];
  /** A request to it could change a record without a body: it may name only closed records or none. */
  changesWithoutBody?: true;
}

/** A revision no seeded record has, so a body that is valid after all is refused as stale, not stored. */
const NO_SUCH_REVISION = 424242;
const reasons = [{ text: '租赁合同系伪造 / the lease is forged', article: 'Art. 9' }];
const sample = () => sampleFiling('2026-06-15');
const nameChange = { kind: 'NAME', effectiveOn: '2026-06-01', name: '鞍山智造创客工场' };
const evidence = [{ documentId: 'doc-1', title: '营业执照 / business licence' }];
const AUDIT_QUERY = ['subject', 'from', 'to', 'after', 'limit'];

const get = (service: ServiceName, path: string, params: Record<string, ParamKind> = {}, query?: string[]): Endpoint => ({
  service,
  method: 'GET',
  path,
  params,
  query,
});
const send = (
  service: ServiceName,
  method: 'POST' | 'PUT',
  path: string,
  params: Record<string, ParamKind>,
  schema: z.ZodType,
  example: (seeds: Seeds) => unknown,
): Endpoint => ({
  service,
  method,
  path,
  params,
  body: { schema, example },
});
const act = (service: ServiceName, method: 'POST' | 'DELETE', path: string, params: Record<string, ParamKind>): Endpoint => ({
  service,
  method,
  path,
  params,
  changesWithoutBody: true,
});

const audit = (service: ServiceName) => [get(service, '/audit', {}, AUDIT_QUERY), get(service, '/audit/export.csv', {}, AUDIT_QUERY)];
const docs = (service: ServiceName) => get(service, '/docs/openapi.json');
const app = { id: 'application' } as const;
const space = { spaceId: 'space' } as const;

/**
 * Every endpoint of the four services (the fuzz spec checks the list against the routes the
 * services register). Health's readiness is left out: it asks the dependencies, not the request;
 * of the OpenAPI pages only the document, the rest being Swagger UI's static files.
 */
export const ENDPOINTS: Endpoint[] = [
  get('intake', '/health/live'),
  docs('intake'),
  get('intake', '/metrics'),
  send('intake', 'POST', '/organisations', {}, RegisterOrganisation, () => sample().organisation),
  get('intake', '/organisations/:id', { id: 'organisation' }),
  get('intake', '/organisation-bindings', {}, ['status']),
  send('intake', 'POST', '/organisations/:id/binding', { id: 'organisation' }, BindingDecision, () => ({
    outcome: 'REFUSE',
    reason: '营业执照与登记信息不符 / the licence does not match the registration',
  })),
  send('intake', 'POST', '/applications', {}, ApplicationDraft, (s) => ({ ...sample().application, organisationId: s.organisationId })),
  send('intake', 'PUT', '/applications/:id', app, ApplicationUpdate, () => ({ ...sample().application, revision: NO_SUCH_REVISION })),
  get('intake', '/applications', {}, ['name', 'uscc', 'filingNumber', 'status', 'stage', 'division', 'year', 'overdue', 'sort', 'order', 'page', 'pageSize']),
  get('intake', '/applications/:id', app),
  get('intake', '/applications/:id/precheck', app),
  act('intake', 'POST', '/applications/:id/submit', app),
  send('intake', 'POST', '/applications/:id/withdraw', app, Withdraw, () => ({ reason: 'we moved the venue' })),
  send('intake', 'POST', '/applications/:id/resubmit', app, Resubmit, () => ({
    figures: sample().application.figures,
    note: 'lease annex',
    revision: NO_SUCH_REVISION,
  })),
  get('intake', '/applications/:id/timeline', app),
  send('intake', 'POST', '/applications/:id/evidence', app, EvidenceForm, () => ({ kind: 'lease-or-title' })),
  get('intake', '/applications/:id/evidence', app),
  get('intake', '/applications/:id/evidence/:evidenceId/content', { id: 'application', evidenceId: 'evidence' }),
  act('intake', 'DELETE', '/applications/:id/evidence/:evidenceId', { id: 'application', evidenceId: 'evidence' }),
  get('intake', '/applications/:id/documents', app),
  get('intake', '/applications/:id/documents/:kind', { id: 'application', kind: 'document-kind' }, ['disposition']),
  get('intake', '/verification/:code', { code: 'verification-code' }),
  send('intake', 'POST', '/verification', {}, VerificationForm, () => ({ code: 'ABCDE-FGHJK' })),
  get('intake', '/registry', {}, ['name', 'division', 'status', 'filingNumber', 'year', 'page', 'pageSize']),
  get('intake', '/public-notices', {}, ['division', 'page', 'pageSize']),
  send('intake', 'POST', '/public-notices/:applicationId/objections', { applicationId: 'application' }, ObjectionForm, () => ({
    text: '该空间实际面积不足 / the space is smaller than declared',
    contact: 'neighbour@example.org',
  })),
  ...audit('intake'),

  get('review', '/health/live'),
  docs('review'),
  get('review', '/metrics'),
  get('review', '/tasks', {}, ['applicationId', 'stage', 'kind', 'overdue']),
  get('review', '/experts', {}, ['applicationId']),
  act('review', 'POST', '/tasks/:id/claim', { id: 'task' }),
  act('review', 'POST', '/tasks/:id/release', { id: 'task' }),
  send('review', 'POST', '/tasks/:id/decision', { id: 'task' }, DecisionBody, () => ({ outcome: 'RETURN', reasons })),
  get('review', '/applications/:id/history', app),
  send('review', 'POST', '/applications/:id/disqualify', app, DisqualificationBody, () => ({ reasons })),
  send('review', 'POST', '/meetings', {}, MeetingRecord, (s) => ({
    meetingId: 'fuzz-meeting',
    heldOn: '2026-11-20',
    decisions: [{ applicationId: s.withdrawnApplicationId, taskId: s.decidedTaskId, decision: 'DECLINE', reasons }],
  })),
  get('review', '/meetings/:meetingId', { meetingId: 'meeting' }),
  ...audit('review'),

  get('evaluation', '/health/live'),
  docs('evaluation'),
  get('evaluation', '/metrics'),
  get('evaluation', '/spaces', {}, ['status', 'divisionCode', 'after', 'limit']),
  get('evaluation', '/spaces/supervised', {}, ['status', 'filedOnOrBefore', 'after', 'limit']),
  get('evaluation', '/spaces/:spaceId', space),
  act('evaluation', 'POST', '/evaluation-cycles/:year', { year: 'year' }),
  get('evaluation', '/evaluation-cycles/:year', { year: 'year' }, ['divisionCode']),
  get('evaluation', '/evaluation-cycles/:year/results', { year: 'year' }, ['divisionCode', 'status', 'grade', 'after', 'limit']),
  get('evaluation', '/evaluation-cycles/:year/recommendations', { year: 'year' }),
  get('evaluation', '/evaluation-cycles/:year/recommendations/export', { year: 'year' }),
  get('evaluation', '/evaluation-schedule'),
  send('evaluation', 'PUT', '/evaluation-schedule', {}, ScheduleSettings, () => ({ cron: '0 9 1 1 *', paused: true })),
  get('evaluation', '/spaces/:spaceId/evaluations/:year', { ...space, year: 'year' }),
  send('evaluation', 'PUT', '/spaces/:spaceId/evaluations/:year/self-report', { ...space, year: 'year' }, SelfReportBody, () =>
    testing.aSelfReport({ evaluatedYear: 2025 }),
  ),
  send('evaluation', 'POST', '/spaces/:spaceId/evaluations/:year/district-check', { ...space, year: 'year' }, DistrictCheckBody, () => ({
    outcome: 'CONCERNS',
    reasons,
  })),
  send('evaluation', 'POST', '/spaces/:spaceId/evaluations/:year/reviews', { ...space, year: 'year' }, ReviewOrderBody, () => ({
    kind: 'EXPERT_REVIEW',
    expertId: 'expert-1',
  })),
  send('evaluation', 'POST', '/spaces/:spaceId/evaluations/:year/review-findings', { ...space, year: 'year' }, ReviewFindingsBody, () => ({
    kind: 'ON_SITE_CHECK',
    findings: reasons,
    suggestedGrade: 'C',
  })),
  send('evaluation', 'POST', '/spaces/:spaceId/evaluations/:year/confirmation', { ...space, year: 'year' }, ConfirmationBody, () => ({
    outcome: 'CORRECT',
    grade: 'B',
    reasons,
  })),
  get('evaluation', '/supervision-tasks', {}, ['status', 'stage', 'spaceId']),
  get('evaluation', '/changes', {}, ['status', 'spaceId']),
  send('evaluation', 'POST', '/spaces/:spaceId/changes', space, ChangeRegistration, () => ({ change: nameChange, evidence, note: 'renamed' })),
  get('evaluation', '/spaces/:spaceId/changes/:changeId', { ...space, changeId: 'change' }),
  send('evaluation', 'POST', '/spaces/:spaceId/changes/:changeId/report', { ...space, changeId: 'change' }, ChangeReportBody, () => ({
    change: nameChange,
    evidence,
  })),
  send('evaluation', 'POST', '/spaces/:spaceId/changes/:changeId/decision', { ...space, changeId: 'change' }, ChangeDecisionBody, () => ({
    outcome: 'REVOKE',
    reasons,
  })),
  // The go-live import takes a multipart file only: what the fuzz sends instead (no body, JSON, text) is refused before any row is read.
  { service: 'evaluation', method: 'POST', path: '/space-imports', params: {}, query: ['partial'] },
  ...audit('evaluation'),

  get('notification', '/health/live'),
  docs('notification'),
  get('notification', '/metrics'),
  get('notification', '/inbox', {}, ['recipient', 'limit']),
];
