/**
 * Temporal could not be reached. The message says "unavailable", which the shared ErrorFilter
 * answers with 503 and Retry-After: the caller should retry.
 */
export class TemporalUnavailable extends Error {
  constructor(cause: unknown) {
    super(`Temporal is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'TemporalUnavailable';
  }
}
