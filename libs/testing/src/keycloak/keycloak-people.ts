import { DESK_GROUPS } from '@makerspace/identity';
import type { As } from '../as';
import { KeycloakAdmin } from './keycloak-admin';

/** The password of every person the tests make (the local stack's Keycloak only). */
export const TEST_PASSWORD = 'makerspace-test';

/** What the directory holds of a person beyond the role: an expert's field and organisation. */
export interface Profile {
  expertField?: string;
  expertOrganisation?: string;
  expertOrganisationUscc?: string;
}

/** The username a person signs in with: Keycloak keeps usernames in lower case. */
export const usernameOf = (as: As) => as.id.toLowerCase();
/** The person's e-mail address in the directory. */
export const emailOf = (as: As) => `${usernameOf(as)}@people.makerspace.test`;

const made = new Map<string, { who: string; profile: string }>();
let administrator: KeycloakAdmin | undefined;

/**
 * Make (or remake) the person in the realm as the bureau's administrators would: the account with
 * `as.id` as its id (so tokens name it as `sub`), the role's group or role, the district officer's
 * division, the applicant's bound organisation, an expert's profile. Imported through the admin
 * API's partial import, which keeps the id; the same person asked again (without a new profile) is
 * not made again.
 */
export async function provisionPerson(as: As, profile: Profile = {}, admin: KeycloakAdmin = (administrator ??= new KeycloakAdmin())): Promise<void> {
  if (as.id.length > 36) throw new Error(`${as.id} is too long for a user id of Keycloak's (at most 36 characters)`);
  const attributes: Record<string, string[]> = {};
  if (as.role === 'district-officer' && as.scope) attributes.division = [as.scope];
  if (as.role === 'applicant' && as.scope) attributes.organisation = [as.scope];
  for (const [name, value] of Object.entries(profile)) if (value) attributes[name] = [value];
  // Staff are in their desk's group, which gives the role; applicants hold their role directly.
  const group = DESK_GROUPS[as.role];
  const user = {
    id: as.id,
    username: usernameOf(as),
    enabled: true,
    email: emailOf(as),
    emailVerified: true,
    // A person's name, as the console shows it beside the role's words: a name, not a code.
    firstName: '测试',
    lastName: as.id,
    attributes,
    credentials: [{ type: 'password', value: TEST_PASSWORD, temporary: false }],
    ...(group ? { groups: [`/${group}`] } : { clientRoles: { makerspace: [as.role] } }),
  };
  const key = `${admin.address.url} ${as.id}`;
  const who = JSON.stringify([as.role, as.scope ?? null]);
  const known = made.get(key);
  if (known && known.who === who && (Object.keys(profile).length === 0 || known.profile === JSON.stringify(profile))) return;
  await admin.call('POST', '/partialImport', { ifResourceExists: 'OVERWRITE', users: [user] });
  made.set(key, { who, profile: JSON.stringify(profile) });
}
