import type { ThrottlerModuleOptions } from '@nestjs/throttler';

/**
 * The flood limit on anonymous objections: OBJECTIONS_PER_MINUTE (default 5) from one address
 * within a minute. Counted in the process's memory, which is enough for one instance; several
 * instances behind a balancer would share a store (e.g. Redis) instead.
 */
export function objectionRate(env: NodeJS.ProcessEnv = process.env): ThrottlerModuleOptions {
  return {
    throttlers: [{ name: 'objections', ttl: 60_000, limit: Number(env.OBJECTIONS_PER_MINUTE ?? 5) }],
    errorMessage: 'too many objections from this address; wait a minute and try again',
  };
}
