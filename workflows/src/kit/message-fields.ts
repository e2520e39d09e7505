import type { Reason } from '@makerspace/contracts';
import { Refusal, refusal } from './refusal';

/*
 * The fields of a message a workflow decides with, checked in plain code.
 *
 * A message's whole shape is checked where it enters the system, by its schema in libs/contracts
 * (the services' request bodies): the services send only what passed it. Workflow code carries no
 * schema library, because the SDK evaluates a workflow's modules anew for every workflow it starts
 * or replays (docs/benchmarks.md, "A lean worker"). What is checked here keeps a message that did
 * not come through a service (a client of the Temporal namespace) from breaking a procedure: a
 * field the workflow reads, missing or of another type, refuses the message naming the field.
 */

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const absent = (v: unknown) => v === undefined;

/** `value` must be a non-empty text. */
export function textRefusal(value: unknown, field: string): Refusal | undefined {
  return isText(value) ? undefined : refusal('INVALID', `${field} is required (a text)`, field);
}

/** `value` may be absent; present, it must be a text. */
export function optionalTextRefusal(value: unknown, field: string): Refusal | undefined {
  return absent(value) || typeof value === 'string' ? undefined : refusal('INVALID', `${field} is a text when given`, field);
}

/** `value` must be an object (its inside is the caller's schema's, or the rules' to read). */
export function objectRefusal(value: unknown, field: string): Refusal | undefined {
  return isObject(value) ? undefined : refusal('INVALID', `${field} is required (an object)`, field);
}

/** `value` must be one of `allowed`. */
export function oneOfRefusal(value: unknown, allowed: readonly string[], field: string): Refusal | undefined {
  return typeof value === 'string' && allowed.includes(value) ? undefined : refusal('INVALID', `${field} must be one of ${allowed.join(', ')}`, field);
}

/** The person a message acts as: an id and a role, and a scope (text or null) when given. */
export function actorRefusal(actor: unknown, field = 'actor'): Refusal | undefined {
  if (!isObject(actor) || !isText(actor.id) || !isText(actor.role)) return refusal('INVALID', `${field} names the person acting (id and role)`, field);
  if (!absent(actor.scope) && actor.scope !== null && typeof actor.scope !== 'string')
    return refusal('INVALID', `${field}.scope is a text or null`, `${field}.scope`);
  return undefined;
}

/** Reasons, when given: a list, each with its text (and its article as a text, if any); at least `min`. */
export function reasonsRefusal(reasons: unknown, field = 'reasons', min = 0): Refusal | undefined {
  if (absent(reasons) && min === 0) return undefined;
  if (!Array.isArray(reasons) || reasons.length < min) return refusal('INVALID', min ? `${field} lists at least ${min}` : `${field} is a list`, field);
  const i = reasons.findIndex((r) => !isObject(r) || !isText(r.text) || (!absent(r.article) && typeof r.article !== 'string'));
  return i < 0 ? undefined : refusal('INVALID', `each of ${field} has its text (and its article, if any, as a text)`, `${field}.${i}`);
}

/** A list of texts when given (expert ids, say). */
export function textListRefusal(value: unknown, field: string): Refusal | undefined {
  if (absent(value)) return undefined;
  return Array.isArray(value) && value.every(isText) ? undefined : refusal('INVALID', `${field} is a list of texts`, field);
}

/** A list of objects when given (findings, evidence). */
export function objectListRefusal(value: unknown, field: string): Refusal | undefined {
  if (absent(value)) return undefined;
  const i = Array.isArray(value) ? value.findIndex((x) => !isObject(x)) : 0;
  return i < 0 ? undefined : refusal('INVALID', `${field} is a list of objects`, Array.isArray(value) ? `${field}.${i}` : field);
}

/**
 * Reasons as the contracts' schema reads them, as the handler keeps them: none when absent, each
 * text trimmed, nothing but the text and the article.
 */
export function reasonsOf(reasons: readonly Reason[] | undefined): Reason[] {
  return (reasons ?? []).map((r) => (r.article === undefined ? { text: r.text.trim() } : { text: r.text.trim(), article: r.article }));
}
