import { signedIn } from '@makerspace/testing';
import type { FuzzRequest, Who } from './malformed-request';

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

export async function send(baseUrl: string, request: FuzzRequest): Promise<Answer> {
  const headers = { ...request.headers, ...(await authorization(request.who)) };
  const res = await fetch(`${baseUrl}${request.path}`, { method: request.method, headers, body: request.body, signal: AbortSignal.timeout(30_000) });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

async function authorization(who: Who): Promise<Record<string, string>> {
  if (who === null) return {};
  return 'as' in who ? signedIn(who.as) : { authorization: who.authorization };
}

const READS = ['GET', 'HEAD', 'OPTIONS'];

/**
 * What is wrong with the answer to a malformed request, or null: a 5xx; a request that could
 * change something taken rather than refused; the security headers missing; a refusal not in the
 * one error shape.
 */
export function faultOf(request: FuzzRequest, answer: Answer): string | null {
  const what = `${answer.status} for ${describe(request)}: ${answer.text.slice(0, 300)}`;
  if (answer.status >= 500) return `server error ${what}`;
  if (!READS.includes(request.method) && answer.status < 400) return `taken: ${what}`;
  if (answer.headers.get('x-content-type-options') !== 'nosniff') return `no security headers: ${what}`;
  if (answer.status >= 400 && request.method !== 'HEAD' && !isErrorShape(answer.text)) return `not the one error shape: ${what}`;
  return null;
}

/** A problem document (RFC 9457) as every service answers an error. */
function isErrorShape(text: string): boolean {
  try {
    const body = JSON.parse(text) as { type?: unknown; title?: unknown; status?: unknown; detail?: unknown; code?: unknown };
    return (
      typeof body.type === 'string' &&
      typeof body.title === 'string' &&
      typeof body.status === 'number' &&
      typeof body.detail === 'string' &&
      typeof body.code === 'string'
    );
  } catch {
    return false;
  }
}

function describe(r: FuzzRequest): string {
  const body = r.body === undefined ? 'no body' : `${r.body.length} chars of ${r.headers['content-type'] ?? 'no stated type'}`;
  const as = r.who === null ? 'nobody' : 'as' in r.who ? r.who.as.role : `Authorization ${r.who.authorization.slice(0, 40)}`;
  return `${r.method} ${r.service} ${r.path.slice(0, 200)} (${r.defect}; as ${as}; ${body})`;
}
