import { decodeJwt } from 'jose';
import { accessToken, BootedService, bootService, keycloakAddress, provisionPerson, signInAtKeycloak, TEST_PASSWORD, unique } from '@makerspace/testing';
import { AppModule as ReviewModule, REVIEW_SERVICE } from '@makerspace/review/testing';

/**
 * Signing in through Keycloak, the local stack's identity provider, at a service booted as in
 * production: a person made in the realm signs in on its login page and the service knows them
 * by the token's claims; wrong credentials get no token; a token changed after signing, one for
 * another audience or signed by another realm, or a refresh token offered as an access token is refused
 * 401 in the one error shape, saying why, never answered 500.
 */
describe('signing in through Keycloak', () => {
  const keycloak = keycloakAddress();
  const officer = { id: unique('officer-kc'), role: 'district-officer', scope: '210381' };
  let review: BootedService;

  beforeAll(async () => {
    process.env.REVIEW_GROUP_ID = unique('review-sign-in');
    review = await bootService(ReviewModule, REVIEW_SERVICE);
  });
  afterAll(async () => {
    await review?.close();
  });

  const tasks = (authorization: string) => fetch(`${review.url}/tasks`, { headers: { authorization } });
  const refused = async (res: Response, reason: RegExp) => {
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm="makerspace", error="invalid_token", error_description="[^"]+"$/);
    expect(await res.json()).toMatchObject({ code: 'UNAUTHENTICATED', detail: expect.stringMatching(reason) });
  };
  const clientToken = async (realm: string, id: string, secret: string) => {
    const res = await fetch(`${keycloak.url}/realms/${realm}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}` },
      body: 'grant_type=client_credentials',
    });
    return { status: res.status, body: (await res.json()) as { access_token?: string; error?: string } };
  };

  it("knows a person signed in on Keycloak's page by the token's subject, role and division", async () => {
    const token = await accessToken(officer);
    expect(decodeJwt(token)).toMatchObject({
      iss: keycloak.issuer,
      azp: keycloak.consoleClientId,
      sub: officer.id,
      role: ['district-officer'],
      division: '210381',
      aud: 'makerspace',
    });
    const res = await tasks(`Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(await tasks(`Bearer ${await accessToken({ id: unique('applicant-kc'), role: 'applicant' })}`)).toHaveProperty('status', 403);
  });

  it('gives no token for a wrong password or a wrong client secret', async () => {
    await provisionPerson(officer);
    await expect(signInAtKeycloak(officer.id, 'not-the-password')).rejects.toThrow(/refused the sign-in of officer-kc-/);
    await expect(signInAtKeycloak(officer.id, TEST_PASSWORD)).resolves.toHaveProperty('access_token');
    expect(await clientToken(keycloak.realm, 'workflows-worker', 'guess')).toEqual({
      status: 401,
      body: expect.objectContaining({ error: 'unauthorized_client' }),
    });
  });

  it('refuses a token changed after Keycloak signed it', async () => {
    const [header, payload, signature] = (await accessToken(officer)).split('.');
    const promoted = Buffer.from(JSON.stringify({ ...decodeJwt(`${header}.${payload}.${signature}`), role: ['city-officer'] })).toString('base64url');
    await refused(await tasks(`Bearer ${header}.${promoted}.${signature}`), /signature does not verify/);
  });

  it("refuses a token of the realm that is not meant for the services (the directory's service account)", async () => {
    const directory = await clientToken(keycloak.realm, 'makerspace-directory', process.env.DIRECTORY_CLIENT_SECRET ?? 'makerspace-directory-local');
    await refused(await tasks(`Bearer ${directory.body.access_token}`), /not meant for makerspace/);
  });

  it("refuses a token of another realm (Keycloak's master realm, signed with that realm's keys)", async () => {
    const master = await clientToken('master', keycloak.adminClientId, keycloak.adminClientSecret);
    await refused(await tasks(`Bearer ${master.body.access_token}`), /signature does not verify/);
  });

  it('refuses a refresh token offered as an access token', async () => {
    await provisionPerson(officer);
    const { refresh_token } = await signInAtKeycloak(officer.id, TEST_PASSWORD);
    await refused(await tasks(`Bearer ${refresh_token}`), /RS256/);
  });
});
