import { keycloakAddress } from './keycloak/keycloak-address';

/**
 * Where the suites sign in, set in their environment before anything boots. The services and the
 * worker a suite starts read the same settings, so they trust the tokens the suite gets. The
 * directory of people is the local stack's Keycloak either way.
 */

/** The development issuer of the local stack (AUTH_ISSUER_PORT): unit and integration suites, the fault suite. */
export function signInThroughDevelopmentIssuer(env: NodeJS.ProcessEnv = process.env): void {
  const issuer = `http://127.0.0.1:${env.AUTH_ISSUER_PORT ?? 3009}`;
  Object.assign(
    env,
    { AUTH_ISSUER: issuer, AUTH_JWKS_URL: `${issuer}/.well-known/jwks.json`, AUTH_TOKEN_URL: `${issuer}/token` },
    serviceAccount(env),
    localDirectory(env),
  );
  delete env.TEST_SIGN_IN;
}

/** The local stack's Keycloak (KEYCLOAK_PORT): people are made there and sign in through its login page. */
export function signInThroughKeycloak(env: NodeJS.ProcessEnv = process.env): void {
  const { issuer } = keycloakAddress(env);
  const oidc = `${issuer}/protocol/openid-connect`;
  Object.assign(
    env,
    { AUTH_ISSUER: issuer, AUTH_JWKS_URL: `${oidc}/certs`, AUTH_TOKEN_URL: `${oidc}/token`, TEST_SIGN_IN: 'keycloak' },
    serviceAccount(env),
    localDirectory(env),
  );
}

/** The system's audience and the worker's client, the same at both providers on the local stack. */
const serviceAccount = (env: NodeJS.ProcessEnv) => ({
  AUTH_AUDIENCE: 'makerspace',
  AUTH_CLIENT_ID: 'workflows-worker',
  AUTH_CLIENT_SECRET: env.AUTH_CLIENT_SECRET ?? 'workflows-worker-local',
});

/** The realm of the local stack's Keycloak as the services' directory, read and written with its service accounts. */
export const localDirectory = (env: NodeJS.ProcessEnv) => ({
  DIRECTORY_URL: keycloakAddress(env).issuer,
  DIRECTORY_CLIENT_ID: 'makerspace-directory',
  DIRECTORY_CLIENT_SECRET: env.DIRECTORY_CLIENT_SECRET ?? 'makerspace-directory-local',
  BINDING_CLIENT_ID: 'organisation-binding',
  BINDING_CLIENT_SECRET: env.BINDING_CLIENT_SECRET ?? 'organisation-binding-local',
});
