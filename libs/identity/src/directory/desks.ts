/**
 * The provider's group of each desk's role (the realm's groups, infra/local/keycloak/realm): a
 * person in the group acts in the role; a district officer's division is its `division` attribute.
 * Applicants are not a desk: every account holds the applicant role by default.
 */
export const DESK_GROUPS: Readonly<Record<string, string>> = {
  'district-officer': 'district-officers',
  'city-officer': 'city-officers',
  expert: 'experts',
  'meeting-secretary': 'meeting-secretaries',
  scheduler: 'schedulers',
};

/** A notice's recipient that is a desk (`city-officer`, `district-officer:210302`), or null for a person's user id. */
export function deskOf(recipient: string): { group: string; division: string | null } | null {
  const [role, division, ...rest] = recipient.split(':');
  const group = DESK_GROUPS[role];
  return group && rest.length === 0 ? { group, division: division ?? null } : null;
}
