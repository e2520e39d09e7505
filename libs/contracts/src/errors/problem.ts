/**
 * The error document of every service (RFC 9457, `application/problem+json`). `code` names the
 * kind of error for programs (the same word `type` ends in); `errors` lists every failing field of
 * a refused request at once, each with the rule it breaks and, for a rule of the Measures, the
 * article.
 */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The `type` of a problem with this code: a URN, one per code, listed in docs/api.md. */
export const problemType = (code: string): string => `urn:makerspace:problem:${code.toLowerCase().replace(/_/g, '-')}`;

export interface ProblemFieldError {
  /** JSON Pointer (RFC 6901) to the field in the request body, or in the query or path parameters as an object. */
  pointer: string;
  rule: string;
  article?: string;
  message_zh: string;
  message_en: string;
}

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** The request path the problem occurred at. */
  instance: string;
  code: string;
  errors?: ProblemFieldError[];
  [extension: string]: unknown;
}
