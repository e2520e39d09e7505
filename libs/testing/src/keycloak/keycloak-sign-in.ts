import { createHash, randomBytes } from 'node:crypto';
import { fetchKeycloak, KeycloakAddress, keycloakAddress } from './keycloak-address';

export interface TokenSet {
  access_token: string;
  id_token: string;
  refresh_token: string;
  expires_in: number;
}

const base64url = (bytes: Buffer) => bytes.toString('base64url');

/**
 * Sign in through Keycloak's own login page as a browser does, without one: the console's
 * authorization request with PKCE (S256), the login form posted with the username and password and
 * the page's cookies, then the code exchanged for tokens. A refused sign-in throws with the words
 * the page shows.
 */
export async function signInAtKeycloak(username: string, password: string, address: KeycloakAddress = keycloakAddress()): Promise<TokenSet> {
  const verifier = base64url(randomBytes(32));
  const endpoints = `${address.issuer}/protocol/openid-connect`;
  const request = new URLSearchParams({
    client_id: address.consoleClientId,
    redirect_uri: address.consoleRedirect,
    response_type: 'code',
    scope: 'openid',
    state: base64url(randomBytes(16)),
    code_challenge: base64url(createHash('sha256').update(verifier).digest()),
    code_challenge_method: 'S256',
  });
  const page = await fetchKeycloak(address, `${endpoints}/auth?${request}`, { redirect: 'manual' });
  const html = await page.text();
  const action = /<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`Keycloak showed no login form for ${address.consoleRedirect} (${page.status}): ${pageMessage(html)}`);
  const cookies = page.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const login = await fetch(action.replace(/&amp;/g, '&'), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies },
    body: new URLSearchParams({ username, password, credentialId: '' }).toString(),
  });
  const back = login.headers.get('location');
  const code = back ? new URL(back).searchParams.get('code') : null;
  if (!code) throw new Error(`Keycloak refused the sign-in of ${username}: ${back ?? pageMessage(await login.text())}`);
  const tokens = await fetch(`${endpoints}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: address.consoleRedirect,
      client_id: address.consoleClientId,
      code_verifier: verifier,
    }).toString(),
  });
  if (!tokens.ok) throw new Error(`Keycloak gave no tokens for ${username}'s code: ${tokens.status} ${await tokens.text()}`);
  return (await tokens.json()) as TokenSet;
}

/** The message a Keycloak page shows (an input error or the page's alert), for a refusal's words. */
function pageMessage(html: string): string {
  const found = /id="input-error[^"]*"[^>]*>([^<]+)</.exec(html) ?? /class="[^"]*(?:kc-feedback-text|pf-v5-c-alert__title)[^"]*"[^>]*>([^<]+)</.exec(html);
  return (
    found?.[1].trim() ??
    html
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .slice(0, 300)
  );
}
