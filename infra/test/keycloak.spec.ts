// Keycloak as the stack runs it (infra/local/keycloak/start.sh, on KEYCLOAK_PORT): the realm of
// infra/local/keycloak/realm/ imported, its clients, roles and claims, and what each service account
// may do. The people's sign-in through its pages is proven by the console's browser test and the
// end-to-end suites.
import fs from 'node:fs';
import path from 'node:path';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';

const base = `http://127.0.0.1:${process.env.KEYCLOAK_PORT ?? 8180}`;
const issuer = `${base}/realms/makerspace`;
const tokenUrl = `${issuer}/protocol/openid-connect/token`;
const seeded = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../local/keycloak/realm/makerspace-users-0.json'), 'utf8')) as {
  users: { username: string; groups?: string[]; attributes?: Record<string, string[]> }[];
};

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
const clientCredentials = (id: string, secret: string, url = tokenUrl) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic(id, secret) },
    body: 'grant_type=client_credentials',
  });
async function serviceToken(id: string, secret: string): Promise<string> {
  const res = await clientCredentials(id, secret);
  if (!res.ok) throw new Error(`${id}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}
const admin = (token: string, pathAndQuery: string, init: RequestInit = {}) =>
  fetch(`${base}/admin/realms/makerspace${pathAndQuery}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
  });

describe('Keycloak, the identity provider of the local stack', () => {
  it('publishes the realm: its issuer and the RS256 key that signs its tokens', async () => {
    const config = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(config).toMatchObject({ issuer, jwks_uri: `${issuer}/protocol/openid-connect/certs`, token_endpoint: tokenUrl });
    expect(config.code_challenge_methods_supported).toContain('S256');
    const { keys } = (await (await fetch(`${issuer}/protocol/openid-connect/certs`)).json()) as { keys: { alg: string; use: string }[] };
    expect(keys).toContainEqual(expect.objectContaining({ alg: 'RS256', use: 'sig' }));
  });

  it("gives the worker's service account a short-lived token for the services with the role system and nothing more", async () => {
    const token = await serviceToken('workflows-worker', process.env.AUTH_CLIENT_SECRET ?? 'workflows-worker-local');
    const { payload } = await jwtVerify(token, createRemoteJWKSet(new URL(`${issuer}/protocol/openid-connect/certs`)), {
      issuer,
      audience: 'makerspace',
      algorithms: ['RS256'],
    });
    expect(payload).toMatchObject({ role: ['system'], azp: 'workflows-worker' });
    expect(payload.exp! - payload.iat!).toBe(300);
    expect(payload).not.toHaveProperty('realm_access');
    expect(payload).not.toHaveProperty('resource_access');
  });

  it('refuses a service account whose secret is wrong', async () => {
    const res = await clientCredentials('workflows-worker', 'guess');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: 'unauthorized_client' });
  });

  it('lets the console sign people in only with PKCE (S256), on its own address', async () => {
    const auth = (extra: Record<string, string>, redirect = `http://127.0.0.1:${process.env.CONSOLE_PORT ?? 3080}/`) =>
      fetch(
        `${issuer}/protocol/openid-connect/auth?${new URLSearchParams({ client_id: 'makerspace-console', redirect_uri: redirect, response_type: 'code', scope: 'openid', ...extra })}`,
        { redirect: 'manual' },
      );
    const challenge = { code_challenge: 'x'.repeat(43), code_challenge_method: 'S256' };
    const page = await auth(challenge);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('kc-form-login');
    expect((await auth({})).headers.get('location')).toMatch(/error=invalid_request.*code_challenge_method/);
    expect((await auth({ ...challenge, code_challenge_method: 'plain' })).headers.get('location')).toMatch(/error=invalid_request/);
    expect((await auth(challenge, 'http://127.0.0.1:9/elsewhere')).status).toBe(400);
  });

  it("lets the directory's service account read people and the expert pool, and change nobody", async () => {
    const token = await serviceToken('makerspace-directory', process.env.DIRECTORY_CLIENT_SECRET ?? 'makerspace-directory-local');
    expect(decodeJwt(token)).not.toHaveProperty('aud', 'makerspace');
    const [experts] = (await (await admin(token, '/groups?search=experts&exact=true')).json()) as { id: string }[];
    const members = (await (await admin(token, `/groups/${experts.id}/members?briefRepresentation=false`)).json()) as {
      username: string;
      email: string;
      attributes: Record<string, string[]>;
    }[];
    const seededExperts = seeded.users.filter((u) => u.groups?.includes('/experts'));
    expect(members.map((m) => m.username)).toEqual(expect.arrayContaining(seededExperts.map((u) => u.username)));
    const zhang = members.find((m) => m.username === 'expert-zhang')!;
    expect(zhang).toMatchObject({
      email: 'expert-zhang@makerspace.local',
      attributes: { expertField: ['电子信息'], expertOrganisationUscc: ['12210300A012345673'] },
    });
    const change = await admin(token, `/users/${(zhang as unknown as { id: string }).id}`, {
      method: 'PUT',
      body: JSON.stringify({ ...zhang, firstName: 'changed' }),
    });
    expect(change.status).toBe(403);
  });

  it('holds the seeded people of the local stack, each in the group of its role, district officers with their division', async () => {
    const token = await serviceToken('makerspace-directory', process.env.DIRECTORY_CLIENT_SECRET ?? 'makerspace-directory-local');
    for (const person of seeded.users) {
      const [found] = (await (await admin(token, `/users?username=${person.username}&exact=true&briefRepresentation=false`)).json()) as {
        attributes?: Record<string, string[]>;
      }[];
      expect([person.username, found?.attributes?.division]).toEqual([person.username, person.attributes?.division]);
    }
  });
});
