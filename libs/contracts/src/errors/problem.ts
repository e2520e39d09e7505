/**
 * The error document of every service (RFC 9457, `application/problem+json`; its schema in
 * ./problem-schema.ts). `code` names the kind of error for programs (the same word `type` ends
 * in); `errors` lists every failing field of a refused request at once, each with the rule it
 * breaks and, for a rule of the Measures, the article.
 */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The `type` of a problem with this code: a URN, one per code, listed in docs/api.md. */
export const problemType = (code: string): string => `urn:makerspace:problem:${code.toLowerCase().replace(/_/g, '-')}`;
