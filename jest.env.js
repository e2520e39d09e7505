// Tests run against the local stack's test databases, never the ones `npm start` uses.
process.env.DATABASE_NAME_SUFFIX ??= '_test';
// Services booted by tests verify tokens of the local stack's development issuer, which the tests
// ask for tokens (see infra/local/env.sh and docs/trust.md, "Sign-in").
process.env.AUTH_ISSUER_PORT ??= '3009';
process.env.AUTH_ISSUER ??= `http://127.0.0.1:${process.env.AUTH_ISSUER_PORT}`;
process.env.AUTH_JWKS_URL ??= `${process.env.AUTH_ISSUER}/.well-known/jwks.json`;
process.env.AUTH_AUDIENCE ??= 'makerspace';
process.env.AUTH_TOKEN_URL ??= `${process.env.AUTH_ISSUER}/token`;
process.env.AUTH_CLIENT_ID ??= 'workflows-worker';
process.env.AUTH_CLIENT_SECRET ??= 'workflows-worker-local';
// Files go to the local stack's object store (infra/local/env.sh), in a bucket of the tests' own.
process.env.OBJECT_STORE_PORT ??= '8333';
process.env.OBJECT_STORE_URL ??= `http://127.0.0.1:${process.env.OBJECT_STORE_PORT}`;
process.env.OBJECT_STORE_BUCKET ??= 'makerspace-test';
process.env.OBJECT_STORE_ACCESS_KEY ??= 'makerspace-local';
process.env.OBJECT_STORE_SECRET_KEY ??= 'makerspace-local-secret';
