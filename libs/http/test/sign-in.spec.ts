import http from 'node:http';
import { Controller, Get, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { exportJWK, generateKeyPair, KeyLike, SignJWT } from 'jose';
import { configureApp, CurrentActor, RequestActor } from '../src';

@Controller('whoami')
class WhoAmIController {
  @Get()
  whoami(@CurrentActor() actor: RequestActor) {
    return actor;
  }
}

@Module({ controllers: [WhoAmIController] })
class WhoAmIModule {}

const ISSUER = 'https://id.example.test';
const AUDIENCE = 'makerspace';

/** A key set server of our own, so every kind of bad token can be made. */
async function keySetServer(publicJwk: object): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [publicJwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/.well-known/jwks.json`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function bootWith(env: Record<string, string>): Promise<{ app: INestApplication; url: string }> {
  Object.assign(process.env, env);
  const app = await NestFactory.create(WhoAmIModule, { logger: false });
  configureApp(app, { name: 'sign-in', title: 'sign-in', description: 'sign-in' });
  await app.listen(0, '127.0.0.1');
  return { app, url: `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}` };
}

/**
 * Sign-in at every service's edge: an RS256 token of the configured issuer, for this audience,
 * signed by a key of the key set, names the caller; no token is the public; every other token is
 * refused 401 in the one error shape, saying why.
 */
describe('sign-in with bearer tokens', () => {
  const saved = { ...process.env };
  let key: KeyLike;
  let otherKey: KeyLike;
  let keys: Awaited<ReturnType<typeof keySetServer>>;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    const signing = await generateKeyPair('RS256');
    key = signing.privateKey;
    otherKey = (await generateKeyPair('RS256')).privateKey;
    keys = await keySetServer({ ...(await exportJWK(signing.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' });
    ({ app, url } = await bootWith({ AUTH_JWKS_URL: keys.url, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE }));
  });

  afterAll(async () => {
    await app.close();
    await keys.close();
    process.env = saved;
  });

  const token = (
    claims: Record<string, unknown>,
    options: { signWith?: KeyLike; kid?: string; issuer?: string; audience?: string; expires?: string | number } = {},
  ) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? 'k1' })
      .setIssuer(options.issuer ?? ISSUER)
      .setAudience(options.audience ?? AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(options.expires ?? '5m')
      .sign(options.signWith ?? key);
  const whoami = (authorization?: string) => fetch(`${url}/whoami`, { headers: authorization ? { authorization } : {} });
  const refusedWith = async (res: Response, reason: RegExp) => {
    expect(res.status).toBe(401);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm="makerspace", error="invalid_token", error_description="[^"]+"$/);
    const body = (await res.json()) as { code: string; detail: string };
    expect(body).toMatchObject({ code: 'UNAUTHENTICATED', detail: expect.stringMatching(reason) });
  };

  it('takes a request without a token as the public', async () => {
    const res = await whoami();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: 'anonymous', role: 'public', scope: null });
  });

  it("names the caller from a valid token's sub, role and the role's scope claim (a district officer's division, an applicant's organisation)", async () => {
    const res = await whoami(`Bearer ${await token({ sub: 'u-7', role: 'district-officer', division: '210302' })}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: 'u-7', role: 'district-officer', scope: '210302' });
    expect(await (await whoami(`Bearer ${await token({ sub: 'a-1', role: 'applicant', organisation: 'org-1', division: '210302' })}`)).json()).toEqual({
      id: 'a-1',
      role: 'applicant',
      scope: 'org-1',
    });
  });

  it("reads no scope from OAuth's own scope claim (the scopes the token was granted)", async () => {
    expect(await (await whoami(`Bearer ${await token({ sub: 'u-8', role: 'district-officer', scope: 'openid profile' })}`)).json()).toEqual({
      id: 'u-8',
      role: 'district-officer',
      scope: null,
    });
  });

  it('takes the role from a list of one, and a staff role over the applicant role every account has by default', async () => {
    expect(await (await whoami(`Bearer ${await token({ sub: 's', role: ['system'] })}`)).json()).toEqual({ id: 's', role: 'system', scope: null });
    expect(await (await whoami(`Bearer ${await token({ sub: 'c', role: ['applicant', 'city-officer'], organisation: 'org-1' })}`)).json()).toEqual({
      id: 'c',
      role: 'city-officer',
      scope: null,
    });
    await refusedWith(await whoami(`Bearer ${await token({ sub: 'c', role: ['city-officer', 'expert'] })}`), /more than one role \(city-officer, expert\)/);
    await refusedWith(await whoami(`Bearer ${await token({ sub: 'c', role: [] })}`), /role claim/);
  });

  it('takes a token without a scope, as a role that needs none', async () => {
    expect(await (await whoami(`Bearer ${await token({ sub: 'c-1', role: 'city-officer' })}`)).json()).toEqual({
      id: 'c-1',
      role: 'city-officer',
      scope: null,
    });
  });

  it('refuses a token expired longer ago than the clock tolerance (10 s), takes one just expired', async () => {
    await refusedWith(await whoami(`Bearer ${await token({ sub: 'u', role: 'applicant' }, { expires: Math.floor(Date.now() / 1000) - 30 })}`), /expired/);
    expect((await whoami(`Bearer ${await token({ sub: 'u', role: 'applicant' }, { expires: Math.floor(Date.now() / 1000) - 2 })}`)).status).toBe(200);
  });

  it('refuses a token signed by another key, under a known or an unknown key id', async () => {
    await refusedWith(await whoami(`Bearer ${await token({ sub: 'u', role: 'applicant' }, { signWith: otherKey })}`), /signature/);
    await refusedWith(await whoami(`Bearer ${await token({ sub: 'u', role: 'applicant' }, { signWith: otherKey, kid: 'k2' })}`), /signature/);
  });

  it('refuses a token of another issuer or for another audience', async () => {
    await refusedWith(
      await whoami(`Bearer ${await token({ sub: 'u', role: 'applicant' }, { issuer: 'https://elsewhere.test' })}`),
      /not issued by https:\/\/id\.example\.test/,
    );
    await refusedWith(await whoami(`Bearer ${await token({ sub: 'u', role: 'applicant' }, { audience: 'another-system' })}`), /not meant for makerspace/);
  });

  it('refuses a token signed with a shared secret (HS256) instead of RS256', async () => {
    const hs = await new SignJWT({ sub: 'u', role: 'city-officer' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('x'.repeat(32)));
    await refusedWith(await whoami(`Bearer ${hs}`), /RS256/);
  });

  it('refuses a token without a subject, with a role this system does not have, or as the public', async () => {
    await refusedWith(await whoami(`Bearer ${await token({ role: 'applicant' })}`), /no subject/);
    await refusedWith(await whoami(`Bearer ${await token({ sub: 'u', role: 'admin' })}`), /role claim/);
    await refusedWith(await whoami(`Bearer ${await token({ sub: 'u', role: 'public' })}`), /role claim/);
    await refusedWith(await whoami(`Bearer ${await token({ sub: 'u', role: 'applicant', organisation: 7 })}`), /organisation claim must be text/);
  });

  it('refuses what is not a bearer JWT', async () => {
    await refusedWith(await whoami('Bearer not-a-jwt'), /not a valid JWT/);
    await refusedWith(await whoami('Basic dXNlcjpwYXNz'), /Bearer <token>/);
    await refusedWith(await whoami('Bearer'), /Bearer <token>/);
  });

  it("answers 503, not 401, while the identity provider's keys cannot be read", async () => {
    const down = await bootWith({ AUTH_JWKS_URL: 'http://127.0.0.1:9/.well-known/jwks.json', AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE });
    try {
      const res = await fetch(`${down.url}/whoami`, { headers: { authorization: `Bearer ${await token({ sub: 'u', role: 'applicant' })}` } });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(await res.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE', detail: expect.stringMatching(/identity provider/) });
    } finally {
      await down.app.close();
    }
  });

  it('will not start without its settings, naming the one missing or wrong', async () => {
    const app2 = await NestFactory.create(WhoAmIModule, { logger: false });
    const description = { name: 'x', title: 'x', description: 'x' };
    try {
      delete process.env.AUTH_ISSUER;
      expect(() => configureApp(app2, description)).toThrow(/AUTH_ISSUER is not set/);
      process.env.AUTH_ISSUER = ISSUER;
      process.env.AUTH_JWKS_URL = 'file:///etc/keys.json';
      expect(() => configureApp(app2, description)).toThrow(/AUTH_JWKS_URL must be an http or https URL/);
    } finally {
      await app2.close();
    }
  });
});
