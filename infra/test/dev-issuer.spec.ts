// The development issuer (infra/local/dev-issuer.js) as the stack runs it: its own process, a
// key pair kept on disk, the JSON sign-in contract the tests and the web console use, and client
// credentials for the worker. Its tokens must verify against its own key set.
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRemoteJWKSet, jwtVerify } from 'jose';

const script = path.resolve(__dirname, '../local/dev-issuer.js');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startIssuer(port: number, data: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, AUTH_ISSUER_PORT: String(port), AUTH_ISSUER: `http://127.0.0.1:${port}`, AUTH_AUDIENCE: 'makerspace', STACK_DATA: data },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i += 1) {
    if (
      await fetch(`http://127.0.0.1:${port}/.well-known/jwks.json`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error('the development issuer did not answer within 10 s');
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM'))));

describe('the development issuer', () => {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'dev-issuer-'));
  let port: number;
  let issuer: ChildProcess;
  let base: string;

  beforeAll(async () => {
    port = await freePort();
    base = `http://127.0.0.1:${port}`;
    issuer = await startIssuer(port, data);
  });

  afterAll(async () => {
    await stop(issuer);
    fs.rmSync(data, { recursive: true, force: true });
  });

  const token = (body: unknown, contentType = 'application/json') =>
    fetch(`${base}/token`, { method: 'POST', headers: { 'content-type': contentType }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const verify = (jwt: string) =>
    jwtVerify(jwt, createRemoteJWKSet(new URL(`${base}/.well-known/jwks.json`)), { issuer: base, audience: 'makerspace', algorithms: ['RS256'] });

  it('describes itself: issuer, keys, token endpoint', async () => {
    const config = await (await fetch(`${base}/.well-known/openid-configuration`)).json();
    expect(config).toMatchObject({
      issuer: base,
      jwks_uri: `${base}/.well-known/jwks.json`,
      token_endpoint: `${base}/token`,
      id_token_signing_alg_values_supported: ['RS256'],
    });
  });

  it("signs a person in as the role asked for, the scope in the role's claim, with a token its key set verifies", async () => {
    const res = await token({ sub: 'officer-1', role: 'district-officer', scope: '210302' });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { access_token: string; token_type: string; expires_in: number };
    expect(answer).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 3600 });
    const { payload, protectedHeader } = await verify(answer.access_token);
    expect(payload).toMatchObject({ sub: 'officer-1', role: 'district-officer', division: '210302' });
    expect(payload).not.toHaveProperty('scope');
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload.exp! - payload.iat!).toBe(3600);
  });

  it('refuses a sign-in without a person, in a role people do not have, or a district officer without a division, naming each field', async () => {
    const res = await token({ role: 'system' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { code: string; issues: { field: string }[] };
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.issues.map((i) => i.field)).toEqual(['sub', 'role']);
    expect(((await (await token({ sub: 'o', role: 'district-officer' })).json()) as { issues: { field: string }[] }).issues).toEqual([
      expect.objectContaining({ field: 'scope', rule: 'required' }),
    ]);
    expect((await token('{"sub":', 'application/json')).status).toBe(400);
    expect((await token('sub=x', 'text/plain')).status).toBe(415);
  });

  it('gives the worker a system token for its client credentials, and nothing for wrong ones', async () => {
    const basic = (secret: string) => `Basic ${Buffer.from(`workflows-worker:${secret}`).toString('base64')}`;
    const grant = (secret: string) =>
      fetch(`${base}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic(secret) },
        body: 'grant_type=client_credentials',
      });
    const ok = await grant(process.env.AUTH_CLIENT_SECRET ?? 'workflows-worker-local');
    expect(ok.status).toBe(200);
    const { payload } = await verify(((await ok.json()) as { access_token: string }).access_token);
    expect(payload).toMatchObject({ sub: 'workflows-worker', role: 'system' });
    expect(await (await grant('guess')).json()).toEqual({ error: 'invalid_client' });
  });

  it('keeps its key pair across restarts, so tokens it gave stay valid', async () => {
    const before = ((await (await token({ sub: 'c', role: 'city-officer' })).json()) as { access_token: string }).access_token;
    const keys = await (await fetch(`${base}/.well-known/jwks.json`)).json();
    await stop(issuer);
    issuer = await startIssuer(port, data);
    expect(await (await fetch(`${base}/.well-known/jwks.json`)).json()).toEqual(keys);
    await expect(verify(before)).resolves.toBeDefined();
    expect(fs.statSync(path.join(data, 'dev-issuer', 'signing-key.json')).mode & 0o077).toBe(0);
  });
});
