import type { Session } from '../session/session';

/**
 * The one place that puts the caller's credentials on a request: the bearer token from the
 * issuer, and the identity headers the services read until every service verifies tokens.
 */
export function credentialHeaders(session: Session | null): Record<string, string> {
  if (!session) return {};
  const { person, token } = session;
  return {
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    'x-user-id': person.id,
    'x-user-role': person.role,
    ...(person.scope ? { 'x-user-scope': person.scope } : {}),
  };
}
