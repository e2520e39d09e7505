import { serviceAccountToken } from '../service-account';
import { DESK_GROUPS, deskOf } from './desks';
import { DirectoryReader, DirectoryUnavailable, Expert, OrganisationBinder } from './directory';
import type { DirectorySettings } from '@makerspace/config';

/** A user as Keycloak's admin API represents it (the fields read here). */
interface KeycloakUser {
  id: string;
  username: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  enabled?: boolean;
  attributes?: Record<string, string[]>;
}

/** A person's or a desk's addresses are read again after this long: a changed address takes effect within a minute. */
const ADDRESSES_KEPT_MS = 60_000;

const attribute = (user: KeycloakUser, name: string): string | null => user.attributes?.[name]?.[0] ?? null;
const nameOf = (user: KeycloakUser) => [user.lastName, user.firstName].filter(Boolean).join(' ') || user.username;

/**
 * The directory kept in a Keycloak realm, read and written through Keycloak's admin REST API as a
 * service account of the realm (client credentials; the realm grants it `view-users`, and to
 * intake's binding client `manage-users`). Desks are the realm's groups (DESK_GROUPS); an expert's
 * field and organisation, a district officer's division and an applicant's bound organisation are
 * user attributes of the realm's user profile, which only the bureau's administrators may edit.
 */
export class KeycloakDirectory implements DirectoryReader, OrganisationBinder {
  private readonly admin: string;
  private readonly token: () => Promise<string>;
  private readonly groupIds = new Map<string, string>();
  private readonly addresses = new Map<string, { addresses: string[]; until: number }>();

  constructor(settings: DirectorySettings) {
    this.admin = settings.realmUrl.replace(/\/realms\/([^/]+)\/?$/, '/admin/realms/$1');
    this.token = serviceAccountToken({
      tokenUrl: `${settings.realmUrl.replace(/\/$/, '')}/protocol/openid-connect/token`,
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
    });
  }

  async addressesOf(recipient: string): Promise<string[]> {
    const known = this.addresses.get(recipient);
    if (known && known.until > Date.now()) return known.addresses;
    const desk = deskOf(recipient);
    const people = desk
      ? (await this.members(desk.group)).filter((u) => !desk.division || attribute(u, 'division') === desk.division)
      : [await this.user(recipient)];
    const addresses = people.flatMap((u) => (u && u.enabled !== false && u.email ? [u.email] : []));
    this.addresses.set(recipient, { addresses, until: Date.now() + ADDRESSES_KEPT_MS });
    return addresses;
  }

  async experts(): Promise<Expert[]> {
    return (await this.members(DESK_GROUPS.expert))
      .filter((u) => u.enabled !== false)
      .map((u) => ({
        id: u.id,
        name: nameOf(u),
        field: attribute(u, 'expertField'),
        organisation: attribute(u, 'expertOrganisation'),
        organisationUscc: attribute(u, 'expertOrganisationUscc'),
      }));
  }

  /** Sets the user's `organisation` attribute, which the realm maps into its tokens' `organisation` claim. */
  async bindOrganisation(userId: string, organisationId: string): Promise<void> {
    const user = await this.user(userId);
    if (!user) throw new DirectoryUnavailable(`the identity provider has no account ${userId} to bind`);
    await this.call('PUT', `/users/${encodeURIComponent(userId)}`, { ...user, attributes: { ...user.attributes, organisation: [organisationId] } });
  }

  private user(id: string): Promise<KeycloakUser | null> {
    return this.call<KeycloakUser>('GET', `/users/${encodeURIComponent(id)}`);
  }

  private async members(group: string): Promise<KeycloakUser[]> {
    let id = this.groupIds.get(group);
    if (!id) {
      const found = (await this.call<{ id: string; name: string }[]>('GET', `/groups?search=${encodeURIComponent(group)}&exact=true`)) ?? [];
      id = found.find((g) => g.name === group)?.id;
      if (!id) throw new DirectoryUnavailable(`the identity provider's realm has no group ${group}`);
      this.groupIds.set(group, id);
    }
    return (await this.call<KeycloakUser[]>('GET', `/groups/${id}/members?briefRepresentation=false&max=10000`)) ?? [];
  }

  /** A call to the admin API: its JSON answer, null for 404; a failure or refusal is DirectoryUnavailable. */
  private async call<T>(method: string, path: string, body?: unknown): Promise<T | null> {
    let res: Response;
    try {
      res = await fetch(`${this.admin}${path}`, {
        method,
        headers: { authorization: `Bearer ${await this.token()}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (e) {
      throw new DirectoryUnavailable(`the identity provider's directory did not answer: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (res.status === 404) return null;
    const text = await res.text();
    if (!res.ok)
      throw new DirectoryUnavailable(`the identity provider's directory answered ${method} ${path.split('?')[0]} with ${res.status}: ${text.slice(0, 300)}`);
    return (text ? JSON.parse(text) : null) as T | null;
  }
}
