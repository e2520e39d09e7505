/**
 * Where the tests find the local stack's Keycloak (infra/local/keycloak, KEYCLOAK_PORT), its realm,
 * the console's client and the master realm's administrator client that provisions people.
 */
export function keycloakAddress(env: NodeJS.ProcessEnv = process.env) {
  const url = env.KEYCLOAK_URL ?? `http://127.0.0.1:${env.KEYCLOAK_PORT ?? 8180}`;
  const realm = env.KEYCLOAK_REALM ?? 'makerspace';
  return {
    url,
    realm,
    issuer: `${url}/realms/${realm}`,
    consoleClientId: 'makerspace-console',
    /** An address the console's client accepts (`npm start`'s console); the sign-in never follows it. */
    consoleRedirect: `http://127.0.0.1:${env.CONSOLE_PORT ?? 3080}/`,
    adminClientId: env.KEYCLOAK_ADMIN_CLIENT_ID ?? 'stack-admin',
    adminClientSecret: env.KEYCLOAK_ADMIN_CLIENT_SECRET ?? 'stack-admin-local',
  };
}
export type KeycloakAddress = ReturnType<typeof keycloakAddress>;

/**
 * `fetch` at the local stack's Keycloak. When nothing answers there the test fails saying so and
 * how to start it: a suite that signs in through Keycloak or reads its directory never passes or
 * skips without it.
 */
export async function fetchKeycloak(address: KeycloakAddress, url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (e) {
    const reason = e instanceof Error ? ((e.cause as Error | undefined)?.message ?? e.message) : String(e);
    throw new Error(`Keycloak does not answer at ${address.url} (${reason}); npm test starts it, or bash infra/local/stack-up.sh with this KEYCLOAK_PORT`, {
      cause: e,
    });
  }
}
