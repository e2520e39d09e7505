import type { EmailRelaySettings } from './email-relay-settings';

type Schedule = Pick<EmailRelaySettings, 'retryBaseMs' | 'retryMaxMs' | 'maxAttempts'>;

/**
 * What becomes of a mail after its `attempts`-th failed attempt: retried after a delay that
 * doubles from the base up to the cap, or given up once the attempts are used.
 */
export function afterFailedAttempt(attempts: number, schedule: Schedule): { giveUp: true } | { giveUp: false; retryInMs: number } {
  if (attempts >= schedule.maxAttempts) return { giveUp: true };
  return { giveUp: false, retryInMs: Math.min(schedule.retryBaseMs * 2 ** (attempts - 1), schedule.retryMaxMs) };
}
