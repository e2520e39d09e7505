import type { Session } from '../session/session';

/**
 * The one place that puts the caller's credentials on a request: the bearer token the identity
 * provider signed, which the services verify. Without a session the request is the public's.
 */
export function credentialHeaders(session: Session | null): Record<string, string> {
  return session ? { authorization: `Bearer ${session.token}` } : {};
}
