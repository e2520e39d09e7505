// Every suite's environment, set before its modules load.
import { signInThroughDevelopmentIssuer } from './libs/testing/src/sign-in-env';

// Tests run against the local stack's test databases, never the ones `npm start` uses.
process.env.DATABASE_NAME_SUFFIX ??= '_test';
// Suites sign in at the local stack's development issuer, whichever provider the shell names for
// the running system (infra/local/env.sh); the end-to-end suites sign in through Keycloak instead
// (e2e/jest.keycloak-env.ts). See docs/trust.md, "Tests sign in".
signInThroughDevelopmentIssuer();
