import type { FieldIssue } from '@makerspace/contracts/browser';

/** A service's refusal in the one error shape `{ code, message, issues? }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Read an answer's body into an ApiError; a body not in the shape keeps the status. */
  static from(status: number, body: unknown): ApiError {
    const shaped = body as { code?: unknown; message?: unknown; issues?: unknown } | null;
    if (shaped && typeof shaped.code === 'string') {
      return new ApiError(status, shaped.code, String(shaped.message ?? shaped.code), Array.isArray(shaped.issues) ? (shaped.issues as FieldIssue[]) : []);
    }
    return new ApiError(status, `HTTP_${status}`, typeof body === 'string' && body ? body : `HTTP ${status}`);
  }
}
