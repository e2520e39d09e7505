/** The worker's own sign-in: an OAuth 2 client of the identity provider (client credentials). */
export interface ServiceAccountSettings {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
}

type ServiceAccountVariables = Partial<Record<'AUTH_TOKEN_URL' | 'AUTH_CLIENT_ID' | 'AUTH_CLIENT_SECRET', string>>;

/**
 * Takes AUTH_TOKEN_URL, AUTH_CLIENT_ID and AUTH_CLIENT_SECRET from the worker's settings; the worker
 * refuses to start without them, naming the variable, instead of failing every call to the
 * evaluation service later.
 */
export function serviceAccountSettings(settings: ServiceAccountVariables): ServiceAccountSettings {
  const read = (name: keyof ServiceAccountVariables) => {
    const value = settings[name]?.trim();
    if (!value) throw new Error(`${name} is not set: the worker signs in to the evaluation service as a service account (see docs/trust.md, "Sign-in")`);
    return value;
  };
  return { tokenUrl: read('AUTH_TOKEN_URL'), clientId: read('AUTH_CLIENT_ID'), clientSecret: read('AUTH_CLIENT_SECRET') };
}

/**
 * A source of the worker's access token (role `system`, granted by the provider to this client
 * only), asked for with the client-credentials grant and kept until a minute before it expires.
 * A refused or failed request throws; the activity that needed it is retried by Temporal.
 */
export function serviceAccountToken(settings: ServiceAccountSettings): () => Promise<string> {
  let held: { token: string; until: number } | undefined;
  return async () => {
    if (held && held.until > Date.now()) return held.token;
    const res = await fetch(settings.tokenUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${encodeURIComponent(settings.clientId)}:${encodeURIComponent(settings.clientSecret)}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new Error(`the identity provider answered ${res.status} to the worker's sign-in: ${await res.text()}`);
    const answer = (await res.json()) as { access_token: string; expires_in: number };
    held = { token: answer.access_token, until: Date.now() + (answer.expires_in - 60) * 1000 };
    return answer.access_token;
  };
}
