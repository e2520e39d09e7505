import type { IncomingMessage, ServerResponse } from 'node:http';

/** How deep a JSON body may nest; the deepest body the services read (a performance report) nests 5 levels. */
export const JSON_DEPTH_LIMIT = 32;

/**
 * Refuses a JSON body nested deeper than JSON_DEPTH_LIMIT before it is parsed (the body parser's
 * `verify` hook), with 400. JSON.parse takes a body of a million nested arrays in its stride, but
 * whatever walks the result recursively afterwards (validation, JSON.stringify on the way to the
 * database or to Temporal) runs out of stack, and would answer 500.
 */
export function verifyJsonDepth(_req: IncomingMessage, _res: ServerResponse, body: Buffer, encoding: string): void {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const char of decode(body, encoding)) {
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      if (++depth > JSON_DEPTH_LIMIT) throw Object.assign(new Error(`the JSON body nests deeper than ${JSON_DEPTH_LIMIT} levels`), { status: 400, type: 'entity.too.deep' });
    } else if (char === '}' || char === ']') depth -= 1;
  }
}

/** The body as text in its charset; bytes as Latin-1 where the charset is one TextDecoder does not know (the parser refuses it next). */
function decode(body: Buffer, encoding: string): string {
  try {
    return new TextDecoder(encoding).decode(body);
  } catch {
    return body.toString('latin1');
  }
}
