import fc from 'fast-check';
import { ROLES } from '@makerspace/contracts';
import { Year } from '@makerspace/evaluation/testing';
import type { As } from '@makerspace/testing';
import { Endpoint, ENDPOINTS, ParamKind } from './api-surface';
import { SEED_OWNER, Seeds, SERVICES, ServiceName } from './fuzz-stack';
import { brokenBodies, BrokenBody, junkBodies } from './broken-body';

/** One request as the fuzz sends it, with what is wrong with it. */
export interface FuzzRequest {
  service: ServiceName;
  method: string;
  /** Path and query, already percent-encoded (on purpose, sometimes wrongly). */
  path: string;
  /** Who sends it: a person signed in with a token, an Authorization header that is no valid token, or nobody. */
  who: Who;
  headers: Record<string, string>;
  body?: string;
  defect: string;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const encode = (text: string) => encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'));

/** A path segment no route expects: any text, numbers, encodings a parser may trip on. */
const oddSegment = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }).map(encode),
  fc.constantFrom(
    '%00',
    'a%00b',
    '%ZZ',
    '%ED%A0%80',
    '%2F',
    '%2e%2e',
    '%20',
    'null',
    'undefined',
    '-1',
    '0',
    '1e999',
    '%27%20OR%201%3D1--',
    '%E2%80%AE',
    '%F0%9F%98%80',
    'x'.repeat(3000),
  ),
  fc.integer().map(String),
  fc.double().map(String),
);

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A year no cycle may be opened for, as Express hands it to the pipe. */
const badYear = fc.oneof(oddSegment, fc.integer({ min: -100_000, max: 100_000 }).map(String)).filter((v) => !Year.safeParse(decoded(v)).success);

/**
 * The records of a kind a request may name: any seeded one where the request cannot change it
 * (read, or refused for its body), only closed ones where it could.
 */
function seededOf(kind: ParamKind, s: Seeds, mayChange: boolean): string[] {
  switch (kind) {
    case 'application':
      return mayChange ? [s.draftApplicationId, s.withdrawnApplicationId] : [s.withdrawnApplicationId];
    case 'organisation':
      return [s.organisationId];
    case 'evidence':
      return [s.evidenceId];
    case 'task':
      return [s.decidedTaskId];
    case 'space':
      return mayChange ? [s.activeSpaceId, s.revokedSpaceId] : [s.revokedSpaceId];
    case 'document-kind':
      return ['filing-certificate', 'rejection-letter'];
    default:
      return [];
  }
}

function paramValue(kind: ParamKind, seeds: Seeds, mayChange: boolean): fc.Arbitrary<string> {
  if (kind === 'year') return mayChange ? fc.oneof(fc.constantFrom('2025', '2031'), badYear) : badYear;
  const seeded = seededOf(kind, seeds, mayChange);
  return fc.oneof(
    ...(seeded.length ? [{ weight: 4, arbitrary: fc.constantFrom(...seeded) }] : []),
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: oddSegment },
  );
}

const queryValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }).map(encode),
  fc.constantFrom(
    '%00',
    '-1',
    '0',
    '99999999999999999999',
    '1e400',
    'NaN',
    'true',
    '%ZZ',
    '2026-13-45',
    '2026-02-30',
    '2026-11-27T00:00:00Z',
    'x'.repeat(5000),
    '',
    'ACTIVE',
    'OPEN',
  ),
  fc.integer().map(String),
);

function queryString(names: string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fc.constantFrom(...names, 'unknown', 'limit[gt]'), queryValue), { maxLength: 6 })
    .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${v}`).join('&')}` : ''));
}

export type Who = { as: As } | { authorization: string } | null;

/** Roles a person signs in as (the public has no token; the system role is the worker's account). */
const PERSON_ROLES = ROLES.filter((role) => role !== 'public' && role !== 'system');

/**
 * Who the request claims to be: often the seeds' owner or a city officer, so requests get past
 * "not yours" to the checks behind it; otherwise a person in any role, with any id and scope,
 * nobody, or an Authorization header that is not a valid bearer token. Odd ids are fewer than
 * known ones: each is a token the issuer signs.
 */
function identity(seeds: Seeds): fc.Arbitrary<Who> {
  const text = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 60 });
  const owner: Who = { as: { id: SEED_OWNER, role: 'applicant', scope: seeds.organisationId } };
  const city: Who = { as: { id: 'officer-city', role: 'city-officer' } };
  const anyone = fc
    .record({
      role: fc.constantFrom(...PERSON_ROLES),
      id: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(SEED_OWNER, 'officer-city', 'secretary-1') }, { weight: 1, arbitrary: text }),
      scope: fc.option(fc.oneof({ weight: 4, arbitrary: fc.constantFrom('210302', '210303', seeds.organisationId) }, { weight: 1, arbitrary: text }), {
        nil: undefined,
      }),
    })
    // The issuer signs no one without an id, and no district officer without a division.
    .filter(({ role, id, scope }) => id.trim() !== '' && (role !== 'district-officer' || scope !== undefined))
    .map((as): Who => ({ as }));
  const badToken = fc
    .oneof(
      fc.constantFrom('Bearer x', 'Bearer a.b.c', 'Bearer', 'Basic Zm9vOmJhcg==', `Bearer ${'x'.repeat(5000)}`),
      text.map((t) => `Bearer ${t}`),
    )
    .map((authorization): Who => ({ authorization }));
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant(owner) },
    { weight: 2, arbitrary: fc.constant(city) },
    { weight: 5, arbitrary: anyone },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: badToken },
  );
}

function pathOf(endpoint: Endpoint, values: Record<string, string>): string {
  return endpoint.path.replace(/:(\w+)/g, (_m, name: string) => values[name]);
}

/** A request to a known endpoint, wrong in its body, or — for one without a body — in its path, query or person. */
function toEndpoint(endpoint: Endpoint, seeds: Seeds): fc.Arbitrary<FuzzRequest> {
  const mayChange = !endpoint.changesWithoutBody;
  const params = fc.record(Object.fromEntries(Object.entries(endpoint.params).map(([name, kind]) => [name, paramValue(kind, seeds, mayChange)])));
  const bodies: fc.Arbitrary<BrokenBody | undefined> = endpoint.body
    ? brokenBodies(endpoint.body.schema, endpoint.body.example(seeds))
    : endpoint.method === 'GET'
      ? fc.constant(undefined)
      : fc.option(junkBodies, { nil: undefined });
  return fc
    .record({ params, query: queryString(endpoint.query ?? []), who: identity(seeds), body: bodies })
    .map(({ params, query, who, body }): FuzzRequest => ({
      service: endpoint.service,
      method: endpoint.method,
      path: `${pathOf(endpoint, params)}${query}`,
      who,
      headers: body?.contentType ? { 'content-type': body.contentType } : {},
      body: body?.text,
      defect: body?.defect ?? (endpoint.method === 'GET' ? 'query or path' : 'closed or missing record'),
    }));
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'] as const;
const NO_ROUTE = ['admin', 'api', 'v2', '.env', 'wp-admin', 'graphql', 'internal', 'debug', '%2e%2e', 'docs%00'];

/** A path no service routes, by any method. */
function toNowhere(seeds: Seeds): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      service: fc.constantFrom(...SERVICES),
      method: fc.constantFrom(...METHODS),
      first: fc.constantFrom(...NO_ROUTE),
      rest: fc.array(oddSegment, { maxLength: 4 }),
      who: identity(seeds),
      body: fc.option(junkBodies, { nil: undefined }),
    })
    .map(({ service, method, first, rest, who, body }): FuzzRequest => ({
      service,
      method,
      path: `/${[first, ...rest].join('/')}`,
      who,
      headers: body?.contentType ? { 'content-type': body.contentType } : {},
      body: method === 'GET' || method === 'HEAD' ? undefined : body?.text,
      defect: 'unknown route',
    }));
}

/** A known path by a method it does not take. */
function toWrongMethod(seeds: Seeds): fc.Arbitrary<FuzzRequest> {
  const wrong = ENDPOINTS.flatMap((endpoint) => {
    const taken = ENDPOINTS.filter((e) => e.service === endpoint.service && e.path === endpoint.path).map((e) => e.method as string);
    return ['PATCH', 'DELETE', 'PUT', 'POST'].filter((m) => !taken.includes(m)).map((method) => ({ endpoint, method }));
  });
  return fc.constantFrom(...wrong).chain(({ endpoint, method }) =>
    fc
      .record({ params: fc.record(Object.fromEntries(Object.keys(endpoint.params).map((name) => [name, oddSegment]))), who: identity(seeds) })
      .map(({ params, who }): FuzzRequest => ({
        service: endpoint.service,
        method,
        path: pathOf(endpoint, params),
        who,
        headers: {},
        defect: 'method not allowed',
      })),
  );
}

/** Malformed requests to the four services: mostly to their endpoints, some to routes they do not have. */
export function malformedRequests(seeds: Seeds): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(
    { weight: 16, arbitrary: fc.constantFrom(...ENDPOINTS).chain((e) => toEndpoint(e, seeds)) },
    { weight: 1, arbitrary: toWrongMethod(seeds) },
    { weight: 1, arbitrary: toNowhere(seeds) },
  );
}
