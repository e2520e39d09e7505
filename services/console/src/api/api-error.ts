import type { ProblemFieldError } from '@makerspace/contracts/browser';

/** A service's refusal, read from its problem document (RFC 9457): code, detail and the failing fields. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors: readonly ProblemFieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Read an answer's body into an ApiError; a body that is no problem document keeps the status. */
  static from(status: number, body: unknown): ApiError {
    const problem = body as { code?: unknown; detail?: unknown; errors?: unknown } | null;
    if (problem && typeof problem.code === 'string') {
      return new ApiError(
        status,
        problem.code,
        String(problem.detail ?? problem.code),
        Array.isArray(problem.errors) ? (problem.errors as ProblemFieldError[]) : [],
      );
    }
    return new ApiError(status, `HTTP_${status}`, typeof body === 'string' && body ? body : `HTTP ${status}`);
  }
}
