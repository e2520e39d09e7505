import { randomUUID } from 'node:crypto';

/** A name no other test run uses (task queues, consumer groups), so suites never steal each other's work. */
export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;
