/** A person a test acts as: who, in which role, for what (organisation id, division code). */
export interface As {
  id: string;
  role: string;
  scope?: string | null;
}

interface Held {
  token: string;
  until: number;
}

const held = new Map<string, Held>();

/**
 * An access token for a person, from the local stack's development issuer (`POST
 * $AUTH_TOKEN_URL`, the contract of docs/trust.md). Tokens are kept until a minute before they
 * expire, so a suite asks once per person.
 */
export async function accessToken(as: As, tokenUrl = process.env.AUTH_TOKEN_URL ?? 'http://127.0.0.1:3009/token'): Promise<string> {
  const key = JSON.stringify([tokenUrl, as.id, as.role, as.scope ?? null]);
  const known = held.get(key);
  if (known && known.until > Date.now()) return known.token;
  const res = await fetch(tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sub: as.id, role: as.role, ...(as.scope ? { scope: as.scope } : {}) }),
  });
  if (!res.ok) throw new Error(`the issuer at ${tokenUrl} refused a token for ${as.role} ${as.id}: ${res.status} ${await res.text()}`);
  const answer = (await res.json()) as { access_token: string; expires_in: number };
  held.set(key, { token: answer.access_token, until: Date.now() + (answer.expires_in - 60) * 1000 });
  return answer.access_token;
}

/** The headers that sign a request in as a person; none for the anonymous public. */
export async function signedIn(as?: As): Promise<Record<string, string>> {
  return as ? { authorization: `Bearer ${await accessToken(as)}` } : {};
}
