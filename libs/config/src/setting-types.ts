import { z } from 'zod';

/**
 * The kinds of value a setting can take, each with the rule its error names. Environment
 * variables are text; an empty variable counts as unset, so `FOO=` falls back to the default.
 */

const unsetWhenEmpty = (v: unknown) => (v === '' ? undefined : v);

/** A whole number within bounds; the error says which bounds. */
export function wholeNumber(fallback: number, { min = 1, max = Number.MAX_SAFE_INTEGER }: { min?: number; max?: number } = {}) {
  const rule = max === Number.MAX_SAFE_INTEGER ? `must be a whole number of at least ${min}` : `must be a whole number from ${min} to ${max}`;
  return z.preprocess(unsetWhenEmpty, z.string().regex(/^\d+$/, rule).transform(Number).pipe(z.number().int().min(min, rule).max(max, rule)).default(fallback));
}

export const port = (fallback: number) => wholeNumber(fallback, { min: 1, max: 65535 });

/** Port 0 means "off" for optional listeners. */
export const optionalPort = (fallback: number) => wholeNumber(fallback, { min: 0, max: 65535 });

/** A port or 0 ("off"), or unset when the process picks one itself. */
export function optionalPortWithoutDefault() {
  const rule = 'must be a whole number from 0 to 65535';
  return z.preprocess(unsetWhenEmpty, z.string().regex(/^\d+$/, rule).transform(Number).pipe(z.number().int().min(0, rule).max(65535, rule)).optional());
}

export function text(fallback: string) {
  return z.preprocess(unsetWhenEmpty, z.string().default(fallback));
}

export function optionalText() {
  return z.preprocess(unsetWhenEmpty, z.string().optional());
}

/** Text without a default: the process refuses to start without it, saying what it is for. */
export function requiredText(purpose: string) {
  return z.preprocess(unsetWhenEmpty, z.string({ error: `must be set: ${purpose}` }));
}

export function flag(fallback: boolean) {
  return z.preprocess(
    unsetWhenEmpty,
    z
      .enum(['true', 'false'], { error: 'must be true or false' })
      .transform((v) => v === 'true')
      .default(fallback),
  );
}

/** An absolute http(s) URL. */
export function httpUrl() {
  return z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), 'must be an http:// or https:// URL')
      .optional(),
  );
}

/** An http(s) URL without a default: the process refuses to start without it, saying what it is for. */
export function requiredHttpUrl(purpose: string) {
  return httpUrl().pipe(z.string({ error: `must be set: ${purpose} (an http:// or https:// URL)` }));
}

/** A PostgreSQL URL (`postgresql://user:password@host:port/database`). */
export function postgresUrl() {
  return z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .refine((v) => URL.canParse(v) && /^postgres(ql)?:$/.test(new URL(v).protocol), 'must be a postgresql:// URL')
      .optional(),
  );
}

/** `host:port`, or a comma-separated list of them. */
export function hostPorts() {
  return z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .refine((v) => v.split(',').every((hp) => /^[^\s:,]+:\d{1,5}$/.test(hp.trim())), 'must be host:port, or a comma-separated list of host:port')
      .optional(),
  );
}

export function oneOf<const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) {
  return z.preprocess(unsetWhenEmpty, z.enum(values, { error: `must be one of ${values.join(', ')}` }).default(fallback));
}
