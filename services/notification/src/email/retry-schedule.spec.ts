import { afterFailedAttempt } from './retry-schedule';

const schedule = { retryBaseMs: 30_000, retryMaxMs: 3_600_000, maxAttempts: 8 };

describe('retrying a mail the SMTP server did not take', () => {
  it('waits the base delay after the first failure', () => {
    expect(afterFailedAttempt(1, schedule)).toEqual({ giveUp: false, retryInMs: 30_000 });
  });

  it('doubles the delay after each further failure', () => {
    expect([2, 3, 4].map((n) => afterFailedAttempt(n, schedule))).toEqual([
      { giveUp: false, retryInMs: 60_000 },
      { giveUp: false, retryInMs: 120_000 },
      { giveUp: false, retryInMs: 240_000 },
    ]);
  });

  it('never waits longer than the cap', () => {
    expect(afterFailedAttempt(7, schedule)).toEqual({ giveUp: false, retryInMs: 1_920_000 });
    expect(afterFailedAttempt(7, { ...schedule, retryMaxMs: 600_000 })).toEqual({ giveUp: false, retryInMs: 600_000 });
  });

  it('gives up once every attempt is used', () => {
    expect(afterFailedAttempt(8, schedule)).toEqual({ giveUp: true });
  });
});
