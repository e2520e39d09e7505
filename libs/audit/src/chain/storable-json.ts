import type { JsonValue } from './canonical-json';

/**
 * `value` as PostgreSQL's jsonb will give it back: what JSON.stringify makes of it (dates as ISO
 * text, undefined dropped), with its text made storable (jsonb refuses NUL and lone surrogates).
 * An entry is hashed over this form, so its hash still matches when the row is read back.
 */
export function storableJson(value: unknown): JsonValue | null {
  if (value === undefined) return null;
  return storable(JSON.parse(JSON.stringify(value)) as JsonValue);
}

function storable(value: JsonValue): JsonValue {
  if (typeof value === 'string') return storableText(value);
  if (Array.isArray(value)) return value.map(storable);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [storableText(k), storable(v)]));
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as PostgreSQL can keep it: well-formed Unicode without NUL; each offending unit becomes U+FFFD. */
export function storableText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(/\u0000/g, '\uFFFD');
}
