/**
 * Errors that mean a dependency (PostgreSQL, Temporal, Kafka) cannot be reached or is going down,
 * not that the request or the event is wrong: the same work succeeds once the dependency is back.
 * HTTP answers them 503 with Retry-After; event consumers wait and retry instead of dead-lettering.
 */
const UNAVAILABLE = new RegExp(
  [
    // Sockets and the pg driver's pool.
    'ECONNREFUSED',
    'ECONNRESET',
    'ETIMEDOUT',
    'EPIPE',
    'connect ECONN',
    'Connection terminated',
    'timeout exceeded when trying to connect',
    "Can't reach database",
    // Prisma's pool gave no connection in time (P2028): every connection is busy, the same request succeeds later.
    'Unable to start a transaction in the given time',
    // PostgreSQL shutting down or starting (57P01, 57P03).
    'terminating connection due to administrator command',
    'the database system is (?:shutting down|starting up|in recovery mode)',
    // Temporal's gRPC client.
    'Failed to connect before the deadline',
    '14 UNAVAILABLE',
    'UNAVAILABLE',
    // kafkajs.
    'KafkaJSConnectionError',
    'KafkaJSNumberOfRetriesExceeded',
  ].join('|'),
  'i',
);

export function isUnavailable(e: unknown): boolean {
  const text = e instanceof Error ? `${e.name} ${e.message} ${String((e as { cause?: unknown }).cause ?? '')}` : String(e);
  return UNAVAILABLE.test(text);
}
