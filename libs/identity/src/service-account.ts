/** A service account of the identity provider: an OAuth 2 client signing in with its own credentials. */
export interface ServiceAccount {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
}

/**
 * A source of the service account's access token, asked for with the client-credentials grant
 * (HTTP Basic) and kept until a minute before it expires. A refused or failed request throws; the
 * caller's work is retried (an activity by Temporal, a mail by the relay, a request by its client).
 */
export function serviceAccountToken(account: ServiceAccount): () => Promise<string> {
  let held: { token: string; until: number } | undefined;
  return async () => {
    if (held && held.until > Date.now()) return held.token;
    const res = await fetch(account.tokenUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${encodeURIComponent(account.clientId)}:${encodeURIComponent(account.clientSecret)}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new Error(`the identity provider answered ${res.status} to the sign-in of ${account.clientId}: ${await res.text()}`);
    const answer = (await res.json()) as { access_token: string; expires_in: number };
    held = { token: answer.access_token, until: Date.now() + (answer.expires_in - 60) * 1000 };
    return answer.access_token;
  };
}
