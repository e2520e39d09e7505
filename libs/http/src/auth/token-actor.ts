import type { JWTPayload } from 'jose';
import { Role } from '@makerspace/contracts';
import { isRole, RequestActor } from '../actor';

/** Roles a token may carry: every role but the public, which is who calls without a token. */
const SIGNED_IN = (role: Role) => role !== 'public';

/**
 * The actor a verified token's claims name: `sub` is the person (or service account), `role` the
 * role it acts in, and `scope` what the role applies to (an applicant's organisation id, a
 * district officer's division code). Answers the reason when the claims name no usable actor.
 */
export function actorFromClaims(claims: JWTPayload): RequestActor | string {
  const { sub, role, scope } = claims;
  if (typeof sub !== 'string' || sub === '') return 'the token names no subject (sub)';
  if (typeof role !== 'string' || !isRole(role) || !SIGNED_IN(role)) return `the token's role claim is not a role of this system: ${JSON.stringify(role ?? null)}`;
  if (scope !== undefined && scope !== null && typeof scope !== 'string') return "the token's scope claim must be text";
  return { id: sub, role, scope: scope || null };
}
