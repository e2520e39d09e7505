import type { As } from './as';
import { provisionPerson, TEST_PASSWORD, usernameOf } from './keycloak/keycloak-people';
import { signInAtKeycloak } from './keycloak/keycloak-sign-in';

interface Held {
  token: string;
  until: number;
}

const held = new Map<string, Held>();

/**
 * An access token for a person. The suites that run the system end to end (TEST_SIGN_IN=keycloak,
 * e2e/jest.keycloak-env.js) make the person in the local stack's Keycloak and sign in through its
 * login page; the others ask the development issuer (`POST $AUTH_TOKEN_URL`, the contract of
 * docs/trust.md). Tokens are kept until a minute before they expire, so a suite signs a person in
 * once in a while, not at every request.
 */
export async function accessToken(as: As): Promise<string> {
  const throughKeycloak = process.env.TEST_SIGN_IN === 'keycloak';
  const tokenUrl = process.env.AUTH_TOKEN_URL ?? 'http://127.0.0.1:3009/token';
  const key = JSON.stringify([throughKeycloak ? 'keycloak' : tokenUrl, as.id, as.role, as.scope ?? null]);
  const known = held.get(key);
  if (known && known.until > Date.now()) return known.token;
  const answer = throughKeycloak ? await keycloakToken(as) : await developmentIssuerToken(as, tokenUrl);
  held.set(key, { token: answer.access_token, until: Date.now() + (answer.expires_in - 60) * 1000 });
  return answer.access_token;
}

async function keycloakToken(as: As): Promise<{ access_token: string; expires_in: number }> {
  await provisionPerson(as);
  return signInAtKeycloak(usernameOf(as), TEST_PASSWORD);
}

async function developmentIssuerToken(as: As, tokenUrl: string): Promise<{ access_token: string; expires_in: number }> {
  const res = await fetch(tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sub: as.id, role: as.role, ...(as.scope ? { scope: as.scope } : {}) }),
  });
  if (!res.ok) throw new Error(`the issuer at ${tokenUrl} refused a token for ${as.role} ${as.id}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { access_token: string; expires_in: number };
}

/** The headers that sign a request in as a person; none for the anonymous public. */
export async function signedIn(as?: As): Promise<Record<string, string>> {
  return as ? { authorization: `Bearer ${await accessToken(as)}` } : {};
}
