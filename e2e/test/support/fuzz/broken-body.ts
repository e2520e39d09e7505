import fc from 'fast-check';
import type { z } from 'zod';
import { JSON_DEPTH_LIMIT } from '@makerspace/http';

/** A request body as sent: its text, its declared type, and what is wrong with it. */
export interface BrokenBody {
  defect: string;
  contentType?: string;
  text: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Every place in a JSON value (not the value itself). */
function placesIn(value: Json, at: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...at, k], ...placesIn(v, [...at, k])]);
}

const valueAt = (value: Json, path: Path): Json => path.reduce<Json>((v, k) => (v as Record<string, Json>)[k], value);

/** A copy of `value` with the place at `path` set to `to`, or removed when `to` is undefined. */
function changed(value: Json, path: Path, to: Json | undefined): Json {
  const copy = structuredClone(value);
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path[path.length - 1];
  if (to !== undefined) parent[key] = to;
  else if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete parent[key];
  return copy;
}

const asJson = (defect: string, value: unknown): BrokenBody => ({ defect, contentType: 'application/json', text: JSON.stringify(value) });

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Bodies the endpoint must refuse, built from its valid example: one field removed, retyped,
 * nulled or made huge (kept only when the service's own schema refuses the result); not an
 * object; not JSON; nested too deep; of another content type; with text the database cannot
 * store; a revision beyond PostgreSQL's integer; over the 1 MB limit.
 */
export function brokenBodies(schema: z.ZodType, example: unknown): fc.Arbitrary<BrokenBody> {
  const valid = JSON.parse(JSON.stringify(example)) as Json;
  const places = placesIn(valid);
  const refused = (body: unknown) => !schema.safeParse(body).success;
  const text = JSON.stringify(valid);
  const strings = places.filter((p) => typeof valueAt(valid, p) === 'string');
  const revisions = places.filter((p) => p[p.length - 1] === 'revision');
  const someString = fc.constantFrom(...(strings.length ? strings : [['(none)']]));

  const brokenField = fc
    .record({
      at: fc.constantFrom(...places),
      op: fc.constantFrom('remove', 'replace', 'null', 'huge'),
      value: fc.jsonValue({ maxDepth: 2 }),
      size: fc.integer({ min: 5_000, max: 300_000 }),
      extra: fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
    })
    .map(({ at, op, value, size, extra }) => {
      const to = { remove: undefined, replace: value as Json, null: null, huge: 'x'.repeat(size) }[op];
      const body = changed(valid, at, to);
      return body && typeof body === 'object' && !Array.isArray(body) ? { ...(extra as Record<string, Json>), ...body } : body;
    })
    .filter(refused)
    .map((body) => asJson('broken field', body));

  const notAnObject = fc
    .oneof(fc.integer(), fc.string(), fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }), fc.constant(null), fc.boolean())
    .filter(refused)
    .map((body) => asJson('not an object', body));

  const notJson = fc
    .oneof(
      fc
        .record({ at: fc.nat(), junk: fc.constantFrom('{', '}', ',', '"', ':', 'NaN', 'undefined', "'", '\\', '\\u12', '//', '\u0000') })
        .map(({ at, junk }) => {
          const cut = at % (text.length + 1);
          return text.slice(0, cut) + junk + text.slice(cut);
        }),
      fc.nat().map((at) => text.slice(0, at % text.length)),
      // Not '': an empty body is no body, which an endpoint whose fields are all optional may take.
      // Not a byte-order mark before JSON either: RFC 8259 lets a parser ignore it, and the services'
      // parser does, so '\uFEFF{}' is the JSON `{}`.
      fc.constantFrom(' ', '{"a":1}{"b":2}', "{'a':1}", '{"a":01}', '[1,]', 'NaN'),
    )
    // A cut at 0 leaves '', which is no body at all (see above), not a malformed one.
    .filter((t) => t !== '' && !isJson(t))
    .map((t): BrokenBody => ({ defect: 'not JSON', contentType: 'application/json', text: t }));

  const tooDeep = fc
    .record({ at: fc.constantFrom(...places), levels: fc.integer({ min: JSON_DEPTH_LIMIT + 1, max: 300_000 }) })
    .map(({ at, levels }): BrokenBody => {
      const marker = '\u2063deep\u2063';
      return {
        defect: 'nested too deep',
        contentType: 'application/json',
        text: JSON.stringify(changed(valid, at, marker)).replace(JSON.stringify(marker), `${'['.repeat(levels)}${']'.repeat(levels)}`),
      };
    });

  const otherType = fc
    .constantFrom(
      { contentType: 'text/plain;charset=UTF-8', text },
      {
        contentType: 'application/x-www-form-urlencoded',
        text: new URLSearchParams(
          Object.entries(valid as object)
            .filter(([, v]) => typeof v !== 'object')
            .map(([k, v]): [string, string] => [k, String(v)]),
        ).toString(),
      },
      { contentType: 'application/xml', text: '<body><reason>x</reason></body>' },
      { contentType: 'application/octet-stream', text },
      { contentType: 'application/json-patch+json', text },
      { contentType: 'multipart/form-data; boundary=fuzz', text: `--fuzz\r\nContent-Disposition: form-data; name="kind"\r\n\r\nother\r\n--fu` },
      { contentType: 'multipart/form-data', text },
      { contentType: 'application/json; charset=utf-7', text },
      { contentType: 'application/json; charset=latin-9', text },
    )
    .map((b): BrokenBody => ({ defect: 'wrong content type', ...b }));

  const unstorable = fc
    .record({ at: someString, bad: fc.constantFrom('\u0000', 'a\u0000', '\uD800', 'x\uDFFF', '\uDBFF\u0000') })
    .filter(({ at }) => strings.length > 0 && at[0] !== '(none)')
    .map(({ at, bad }) => asJson('unstorable text', changed(valid, at, `${String(valueAt(valid, at))}${bad}`)));

  const outOfRange = fc
    .record({ at: fc.constantFrom(...(revisions.length ? revisions : [['(none)']])), n: fc.constantFrom(2 ** 31, 2 ** 53 - 1, 1e21, -(2 ** 31) - 1) })
    .filter(() => revisions.length > 0)
    .map(({ at, n }) => asJson('integer out of range', changed(valid, at, n)));

  const tooLarge = fc.constant(asJson('over 1 MB', { ...(valid as object), pad: 'x'.repeat(1_100_000) }));

  return fc.oneof(
    { weight: 8, arbitrary: brokenField },
    { weight: 1, arbitrary: notAnObject },
    { weight: 2, arbitrary: notJson },
    { weight: 1, arbitrary: tooDeep },
    { weight: 2, arbitrary: otherType },
    ...(strings.length ? [{ weight: 2, arbitrary: unstorable }] : []),
    ...(revisions.length ? [{ weight: 4, arbitrary: outOfRange }] : []),
    { weight: 1, arbitrary: tooLarge },
  );
}

/** A body sent where none is read: any JSON, any text, any type. */
export const junkBodies: fc.Arbitrary<BrokenBody> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }).map((v) => asJson('unexpected body', v)),
  fc
    .string({ unit: 'binary', maxLength: 200 })
    .map((t): BrokenBody => ({ defect: 'unexpected body', contentType: 'text/plain', text: t.replace(LONE_SURROGATE, '\uFFFD') })),
  fc.constantFrom<BrokenBody>(
    { defect: 'unexpected body', contentType: 'application/json', text: '{"a":' },
    { defect: 'unexpected body', text: 'no type at all' },
  ),
);
