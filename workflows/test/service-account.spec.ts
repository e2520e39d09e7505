import { createRemoteJWKSet, jwtVerify } from 'jose';
import { serviceAccountToken } from '@makerspace/identity';
import { serviceAccountSettings } from '../src/activities/service-account';

/**
 * The worker's sign-in against the local stack's development issuer, as in production against the
 * bureau's provider: the client-credentials grant gives a token for the role `system`, kept while
 * it is valid; wrong credentials or missing settings say what is wrong.
 */
describe("the worker's service account", () => {
  const settings = serviceAccountSettings(process.env);

  it("gets a token for the role system that the issuer's keys verify", async () => {
    const token = await serviceAccountToken(settings)();
    const keys = createRemoteJWKSet(new URL(process.env.AUTH_JWKS_URL!));
    const { payload } = await jwtVerify(token, keys, { issuer: process.env.AUTH_ISSUER, audience: process.env.AUTH_AUDIENCE });
    expect(payload).toMatchObject({ sub: settings.clientId, role: 'system' });
  });

  it('asks once and keeps the token while it is valid', async () => {
    const token = serviceAccountToken(settings);
    const first = await token();
    // A token asked for a second later would carry another issue time.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await token()).toBe(first);
  });

  it('fails, saying so, when the provider refuses its credentials', async () => {
    await expect(serviceAccountToken({ ...settings, clientSecret: 'wrong' })()).rejects.toThrow(/answered 401 to the sign-in of workflows-worker/);
  });

  it('will not start without its settings, naming the one missing', () => {
    expect(() => serviceAccountSettings({ ...process.env, AUTH_CLIENT_SECRET: '' })).toThrow(/AUTH_CLIENT_SECRET is not set/);
  });
});
