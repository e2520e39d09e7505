import type { IncomingMessage, ServerResponse } from 'node:http';

/** How deep a JSON body may nest; the deepest body the services read (a performance report) nests 5 levels. */
export const JSON_DEPTH_LIMIT = 32;

/**
 * Refuses a JSON body nested deeper than JSON_DEPTH_LIMIT before it is parsed (the body parser's
 * `verify` hook), with 400. JSON.parse takes a body of a million nested arrays in its stride, but
 * whatever walks the result recursively afterwards (validation, JSON.stringify on the way to the
 * database or to Temporal) runs out of stack, and would answer 500.
 */
export function verifyJsonDepth(_req: IncomingMessage, _res: ServerResponse, body: Buffer): void {
  let depth = 0;
  let inString = false;
  let escaped = false;
  // UTF-8: JSON in any other charset is refused before it is read (acceptedBodyTypes).
  for (const char of body.toString('utf8')) {
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      if (++depth > JSON_DEPTH_LIMIT)
        throw Object.assign(new Error(`the JSON body nests deeper than ${JSON_DEPTH_LIMIT} levels`), { status: 400, type: 'entity.too.deep' });
    } else if (char === '}' || char === ']') depth -= 1;
  }
}
