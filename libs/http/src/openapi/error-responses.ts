import { Problem, PROBLEM_CONTENT_TYPE } from '@makerspace/contracts';
import { schemaObject } from './component-schemas';

interface Operation {
  tags?: string[];
  parameters?: { in: string }[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
  security?: object[];
}

/** Tags of the operations anyone may call, without a token. */
export const PUBLIC_TAGS = ['public', 'health'];

const WORDS: Readonly<Record<number, string>> = {
  400: 'the request is not valid: every failing field in `errors`, by its JSON Pointer, with its rule and article',
  401: 'no token, or one that does not verify (expired, changed, another issuer or audience); `WWW-Authenticate` says why',
  403: "the token's role may not do this, or not for this scope",
  404: 'not found, or not visible to the caller (another organisation or division): the two read the same',
  409: 'the change conflicts with the state of the record or its procedure (a stale revision, a wrong stage, a closed procedure)',
  413: 'the body or the uploaded file is larger than the limit',
  415: 'the body is neither JSON in UTF-8 nor a multipart form, or the file is of a type not accepted',
  503: 'a dependency (database, Temporal, Kafka, the identity provider) is unavailable; retry after `Retry-After` seconds',
};

/**
 * The error statuses an operation can answer, each with the problem document, from what it takes:
 * a body or parameters can be invalid (400), a body too large or of another type (413, 415); an
 * operation that needs a token can be refused (401, 403); a path with an id can name nothing
 * visible (404); a change can conflict (409); any can find a dependency down (503). Statuses an
 * operation declares itself (422 for the Art. 5 judgement, 429) are kept.
 */
export function addErrorResponses(operation: Operation, path: string, method: string): void {
  const secured = !(operation.tags ?? []).some((t) => PUBLIC_TAGS.includes(t));
  const statuses = [
    ...(operation.requestBody || (operation.parameters ?? []).length > 0 ? [400] : []),
    ...(secured ? [401, 403] : []),
    ...(path.includes('{') ? [404] : []),
    ...(method !== 'get' && secured ? [409] : []),
    ...(operation.requestBody ? [413, 415] : []),
    503,
  ];
  for (const status of statuses) {
    operation.responses[status] ??= { description: WORDS[status] };
  }
  for (const [status, response] of Object.entries(operation.responses)) {
    if (Number(status) >= 400) operation.responses[status] = asProblem(response as DeclaredResponse);
  }
  if (secured) operation.security = [{ bearer: [] }];
}

interface DeclaredResponse {
  description?: string;
  headers?: object;
  content?: Record<string, { examples?: object }>;
}

function problemResponse(description: string, examples?: object) {
  return { description, content: { [PROBLEM_CONTENT_TYPE]: { schema: schemaObject(Problem), ...(examples ? { examples } : {}) } } };
}

/** An error response as declared (its description, headers and examples), its body the problem document. */
function asProblem(declared: DeclaredResponse) {
  const examples = Object.values(declared.content ?? {}).find((media) => media.examples)?.examples;
  return { ...problemResponse(declared.description ?? '', examples), ...(declared.headers ? { headers: declared.headers } : {}) };
}
