import type { JWTPayload } from 'jose';
import { Role } from '@makerspace/contracts';
import { isRole, RequestActor } from '../actor';

/**
 * The claims that carry a role's scope: a district officer's division code, and the organisation
 * an applicant was bound to once the district confirmed it. Named apart from OAuth's own `scope`
 * claim (the scopes a token was granted), which every provider sets.
 */
export const SCOPE_CLAIMS: Readonly<Partial<Record<Role, string>>> = { 'district-officer': 'division', applicant: 'organisation' };

/**
 * The actor a verified token's claims name: `sub` is the person (or service account), `role` the
 * role it acts in, and the role's scope claim what the role applies to. Answers the reason when the
 * claims name no usable actor.
 */
export function actorFromClaims(claims: JWTPayload): RequestActor | string {
  const { sub } = claims;
  if (typeof sub !== 'string' || sub === '') return 'the token names no subject (sub)';
  const role = actingRole(claims.role);
  if (!isRole(role) || role === 'public')
    return role.startsWith('the token') ? role : `the token's role claim is not a role of this system: ${JSON.stringify(claims.role ?? null)}`;
  const claim = SCOPE_CLAIMS[role];
  const scope = claim ? claims[claim] : undefined;
  if (scope !== undefined && scope !== null && typeof scope !== 'string') return `the token's ${claim} claim must be text`;
  return { id: sub, role, scope: scope || null };
}

/**
 * The one role a token acts in. Providers put roles in a text claim or a list (Keycloak's role
 * mapper). Every account of the provider is an applicant by default (its default role), so an
 * account the bureau made staff acts in its staff role; two staff roles are one too many.
 */
function actingRole(claim: unknown): string {
  const roles = typeof claim === 'string' ? [claim] : Array.isArray(claim) && claim.every((r) => typeof r === 'string') ? (claim as string[]) : [];
  const acting = roles.length > 1 ? roles.filter((r) => r !== 'applicant') : roles;
  if (acting.length > 1) return `the token names more than one role (${acting.join(', ')}): an account acts in one role`;
  return acting[0] ?? '';
}
