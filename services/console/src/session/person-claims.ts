import type { Role } from '@makerspace/contracts/browser';
import type { Person } from './session';

/** The roles the services know (`@makerspace/contracts` ROLES; the browser entry gives their type only). */
const ROLES: readonly Role[] = ['public', 'applicant', 'district-officer', 'city-officer', 'expert', 'meeting-secretary', 'scheduler', 'system'];
/** The claim that carries each role's scope, as the services read it (libs/http SCOPE_CLAIMS). */
const SCOPE_CLAIMS: Readonly<Partial<Record<Role, string>>> = { 'district-officer': 'division', applicant: 'organisation' };

/**
 * The person a token's claims name, read as the services read them (libs/http actorFromClaims;
 * person-claims.spec.ts holds the two to the same answers): the role from a text or a list of one,
 * a staff role over the applicant role every account has by default; the role's scope claim. Null
 * when the services would refuse the token, so the console never shows a person they do not know.
 */
export function personFromClaims(claims: Record<string, unknown>): Person | null {
  const { sub } = claims;
  if (typeof sub !== 'string' || sub === '') return null;
  const roles =
    typeof claims.role === 'string'
      ? [claims.role]
      : Array.isArray(claims.role) && claims.role.every((r) => typeof r === 'string')
        ? (claims.role as string[])
        : [];
  const acting = roles.length > 1 ? roles.filter((r) => r !== 'applicant') : roles;
  const role = acting.length === 1 ? ROLES.find((r) => r === acting[0] && r !== 'public') : undefined;
  if (!role) return null;
  const scopeClaim = SCOPE_CLAIMS[role];
  const scope = scopeClaim ? claims[scopeClaim] : undefined;
  if (scope !== undefined && scope !== null && typeof scope !== 'string') return null;
  const name = [claims.name, claims.preferred_username].find((n): n is string => typeof n === 'string' && n !== '') ?? sub;
  return { id: sub, role, scope: scope || null, name };
}
