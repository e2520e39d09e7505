// The development identity provider of the local stack: signs RS256 access tokens for whoever
// asks, so a person can act as any role without a real provider. Never run it where it can be
// reached from outside the machine: it asks no password. See docs/trust.md, "Sign-in".
//
//   GET  /.well-known/openid-configuration   issuer, jwks_uri, token_endpoint
//   GET  /.well-known/jwks.json              the public key
//   POST /token  {"sub","role","scope"}      a person's token (JSON); the scope is signed in the
//                                            role's claim: `division` (district officer), `organisation` (applicant)
//   POST /token  grant_type=client_credentials (form, client id and secret)   a service account's token
//
// The key pair is generated once and kept in $STACK_DATA/dev-issuer/signing-key.json, so tokens and
// the services' cached keys stay valid across restarts.
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, SignJWT } = require('jose');

const PORT = Number(process.env.AUTH_ISSUER_PORT ?? 3009);
// Loopback unless told otherwise (a container publishes it on its own network).
const HOST = process.env.HOST ?? '127.0.0.1';
const ISSUER = process.env.AUTH_ISSUER ?? `http://127.0.0.1:${PORT}`;
const AUDIENCE = process.env.AUTH_AUDIENCE ?? 'makerspace';
const TOKEN_SECONDS = Number(process.env.AUTH_TOKEN_SECONDS ?? 3600);
const KEY_FILE = path.join(process.env.STACK_DATA ?? path.join(__dirname, '../../.stack/data'), 'dev-issuer', 'signing-key.json');

// The roles of @makerspace/contracts a person may sign in as (the public needs no token).
const PERSON_ROLES = ['applicant', 'district-officer', 'city-officer', 'expert', 'meeting-secretary', 'scheduler'];
// The claim that carries a role's scope, as the services read it (libs/http SCOPE_CLAIMS).
const SCOPE_CLAIMS = { 'district-officer': 'division', applicant: 'organisation' };
// Service accounts (client credentials) and the role each acts in.
const CLIENTS = {
  [process.env.AUTH_CLIENT_ID ?? 'workflows-worker']: { secret: process.env.AUTH_CLIENT_SECRET ?? 'workflows-worker-local', role: 'system' },
};

async function signingKey() {
  if (fs.existsSync(KEY_FILE)) {
    const jwk = JSON.parse(fs.readFileSync(KEY_FILE, 'utf8'));
    return { privateKey: await importJWK(jwk, 'RS256'), publicJwk: publicPart(jwk) };
  }
  const pair = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(pair.privateKey);
  jwk.kid = await calculateJwkThumbprint(jwk);
  fs.mkdirSync(path.dirname(KEY_FILE), { recursive: true });
  fs.writeFileSync(KEY_FILE, JSON.stringify(jwk), { mode: 0o600 });
  return { privateKey: pair.privateKey, publicJwk: publicPart(jwk) };
}

const publicPart = ({ kty, n, e, kid }) => ({ kty, n, e, kid, alg: 'RS256', use: 'sig' });

/** Checks a person's sign-in request; answers the issues in the services' error shape. */
function personIssues(body) {
  const issues = [];
  if (typeof body.sub !== 'string' || body.sub.trim() === '') issues.push({ field: 'sub', rule: 'required', message: 'sub names the person: non-empty text' });
  if (!PERSON_ROLES.includes(body.role)) issues.push({ field: 'role', rule: 'enum', message: `role must be one of ${PERSON_ROLES.join(', ')}` });
  if (body.scope !== undefined && body.scope !== null && typeof body.scope !== 'string')
    issues.push({ field: 'scope', rule: 'type', message: 'scope must be text' });
  if (body.role === 'district-officer' && !body.scope)
    issues.push({ field: 'scope', rule: 'required', message: 'a district officer acts for a division: scope is its code' });
  return issues;
}

/** The client of a client-credentials request, from HTTP Basic or the form's client_id/client_secret. */
function client(req, form) {
  const basic = /^Basic (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
  const [id, secret] = basic
    ? Buffer.from(basic, 'base64').toString('utf8').split(':').map(decodeURIComponent)
    : [form.get('client_id'), form.get('client_secret')];
  const known = CLIENTS[id];
  return known && known.secret === secret ? { id, role: known.role } : undefined;
}

async function main() {
  const { privateKey, publicJwk } = await signingKey();
  const sign = (claims) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: publicJwk.kid, typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${TOKEN_SECONDS}s`)
      .sign(privateKey);
  const tokenAnswer = async (claims) => ({ access_token: await sign(claims), token_type: 'Bearer', expires_in: TOKEN_SECONDS });

  async function token(req, text) {
    const type = req.headers['content-type'] ?? '';
    if (type.startsWith('application/x-www-form-urlencoded')) {
      const form = new URLSearchParams(text);
      if (form.get('grant_type') !== 'client_credentials') return [400, { error: 'unsupported_grant_type' }];
      const found = client(req, form);
      return found ? [200, await tokenAnswer({ sub: found.id, role: found.role })] : [401, { error: 'invalid_client' }];
    }
    if (!type.startsWith('application/json')) return [415, { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'a sign-in request is JSON {"sub","role","scope"}' }];
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      return [400, { code: 'BAD_REQUEST', message: 'the body is not JSON' }];
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return [400, { code: 'BAD_REQUEST', message: 'the body must be a JSON object' }];
    const issues = personIssues(body);
    if (issues.length) return [400, { code: 'VALIDATION_FAILED', message: 'the sign-in request is not valid', issues }];
    const scopeClaim = SCOPE_CLAIMS[body.role];
    return [200, await tokenAnswer({ sub: body.sub, role: body.role, ...(body.scope && scopeClaim ? { [scopeClaim]: body.scope } : {}) })];
  }

  const routes = {
    'GET /.well-known/jwks.json': async () => [200, { keys: [publicJwk] }],
    'GET /.well-known/openid-configuration': async () => [
      200,
      {
        issuer: ISSUER,
        jwks_uri: `${ISSUER}/.well-known/jwks.json`,
        token_endpoint: `${ISSUER}/token`,
        grant_types_supported: ['client_credentials'],
        token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
        id_token_signing_alg_values_supported: ['RS256'],
        claims_supported: ['sub', 'role', 'division', 'organisation'],
      },
    ],
    'POST /token': token,
  };

  http
    .createServer((req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', async () => {
        const route = routes[`${req.method} ${new URL(req.url, ISSUER).pathname}`];
        const [status, body] = route
          ? await route(req, Buffer.concat(chunks).toString('utf8'))
          : [404, { code: 'NOT_FOUND', message: `${req.method} ${req.url} not found` }];
        res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(JSON.stringify(body));
      });
    })
    .listen(PORT, HOST, () => console.log(`development issuer ${ISSUER} on ${HOST}:${PORT} (key ${publicJwk.kid})`));
}

for (const s of ['SIGTERM', 'SIGINT']) process.on(s, () => process.exit(0));
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
