import { isUnavailable } from './unavailable';

describe('an error that means a dependency is unavailable', () => {
  it.each([
    ['PostgreSQL refusing connections', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:55432'), { code: 'ECONNREFUSED' })],
    ['PostgreSQL shutting down (57P01)', new Error('terminating connection due to administrator command')],
    ['PostgreSQL starting (57P03)', new Error('the database system is starting up')],
    ['a connection lost under a query', new Error('Connection terminated unexpectedly')],
    ["every pooled connection busy (Prisma's P2028)", new Error('Transaction API error: Unable to start a transaction in the given time.')],
    ['Temporal unreachable', new Error('14 UNAVAILABLE: No connection established')],
    ['Kafka unreachable', Object.assign(new Error('Connection error: connect ECONNREFUSED'), { name: 'KafkaJSConnectionError' })],
    ['a wrapped cause', new Error('query failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:55432') })],
  ])('%s', (_, e) => expect(isUnavailable(e)).toBe(true));

  it.each([
    ['a unique constraint', new Error('duplicate key value violates unique constraint "Organisation_uscc_key"')],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a refused event', new Error('refusing to publish task.opened e-1: payload.taskId: Required')],
  ])('not %s', (_, e) => expect(isUnavailable(e)).toBe(false));
});
