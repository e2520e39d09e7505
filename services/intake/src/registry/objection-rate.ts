import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import type { ProcessSettings } from '@makerspace/config';

/**
 * The flood limit on anonymous objections: OBJECTIONS_PER_MINUTE (a setting, 5 unless set) from one
 * address within a minute. Counted in the process's memory, which is enough for one instance; several
 * instances behind a balancer would share a store (e.g. Redis) instead.
 */
export function objectionRate(settings: Pick<ProcessSettings<'intake'>, 'OBJECTIONS_PER_MINUTE'>): ThrottlerModuleOptions {
  return {
    throttlers: [{ name: 'objections', ttl: 60_000, limit: settings.OBJECTIONS_PER_MINUTE }],
    errorMessage: 'too many objections from this address; wait a minute and try again',
  };
}
