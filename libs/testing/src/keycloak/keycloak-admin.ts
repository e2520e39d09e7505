import { fetchKeycloak, KeycloakAddress, keycloakAddress } from './keycloak-address';

/**
 * The local stack's Keycloak as its administrator uses it (the admin REST API, signed in as the
 * master realm's administrator client): what the bureau's administrators do by hand, a test does
 * here (make people, let the console's client answer a new address).
 */
export class KeycloakAdmin {
  private held?: { token: string; until: number };

  constructor(readonly address: KeycloakAddress = keycloakAddress()) {}

  /** A call to the realm's admin API (`/admin/realms/<realm><path>`); throws on an answer that is not 2xx. */
  async call<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetchKeycloak(this.address, `${this.address.url}/admin/realms/${this.address.realm}${path}`, {
      method,
      headers: { authorization: `Bearer ${await this.token()}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`Keycloak's admin API answered ${method} ${path} with ${res.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** Make the console's client accept sign-ins that return to `origin` (a console on a port of its own). */
  async allowConsoleAt(origin: string): Promise<void> {
    await this.editConsoleRedirects((uris) => (uris.includes(`${origin}/*`) ? uris : [...uris, `${origin}/*`]));
  }

  async forgetConsoleAt(origin: string): Promise<void> {
    await this.editConsoleRedirects((uris) => uris.filter((uri) => uri !== `${origin}/*`));
  }

  private async editConsoleRedirects(edit: (uris: string[]) => string[]): Promise<void> {
    const [client] = await this.call<{ id: string; redirectUris: string[] }[]>('GET', `/clients?clientId=${this.address.consoleClientId}`);
    await this.call('PUT', `/clients/${client.id}`, { ...client, redirectUris: edit(client.redirectUris) });
  }

  private async token(): Promise<string> {
    if (this.held && this.held.until > Date.now()) return this.held.token;
    const { adminClientId: id, adminClientSecret: secret } = this.address;
    const res = await fetchKeycloak(this.address, `${this.address.url}/realms/master/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}` },
      body: 'grant_type=client_credentials',
    });
    if (!res.ok) throw new Error(`Keycloak's master realm refused its administrator client ${id}: ${res.status} ${await res.text()}`);
    const answer = (await res.json()) as { access_token: string; expires_in: number };
    this.held = { token: answer.access_token, until: Date.now() + (answer.expires_in - 10) * 1000 };
    return answer.access_token;
  }
}
