/**
 * A deterministic event id from the parts that make a step unique (workflow id, step, attempt of
 * the procedure, ...), so a retried activity publishes the same id and consumers drop the repeat.
 * Readable on purpose: an id says where the event came from.
 */
export function eventId(...parts: (string | number)[]): string {
  return parts.join(':');
}
