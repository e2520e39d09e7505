// The end-to-end suites sign in through the local stack's Keycloak, as people do: each person is
// made in its realm and signs in through its login page; the services and workers they boot trust
// its tokens. The fuzz suite alone signs in at the development issuer (e2e/test/fuzz.spec.ts).
import { signInThroughKeycloak } from '@makerspace/testing';

signInThroughKeycloak();
