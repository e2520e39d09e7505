// Every suite's environment, set before its modules load.
import { signInThroughDevelopmentIssuer } from './libs/testing/src/sign-in-env';

// Tests run against the local stack's test databases, never the ones `npm start` uses.
process.env.DATABASE_NAME_SUFFIX ??= '_test';
// Suites sign in at the local stack's development issuer, whichever provider the shell names for
// the running system (infra/local/env.sh); the end-to-end suites sign in through Keycloak instead
// (e2e/jest.keycloak-env.ts). See docs/trust.md, "Tests sign in".
signInThroughDevelopmentIssuer();
// Files go to the local stack's object store (infra/local/env.sh), in a bucket of the tests' own.
process.env.OBJECT_STORE_PORT ??= '8333';
process.env.OBJECT_STORE_URL ??= `http://127.0.0.1:${process.env.OBJECT_STORE_PORT}`;
process.env.OBJECT_STORE_BUCKET ??= 'makerspace-test';
process.env.OBJECT_STORE_ACCESS_KEY ??= 'makerspace-local';
process.env.OBJECT_STORE_SECRET_KEY ??= 'makerspace-local-secret';
