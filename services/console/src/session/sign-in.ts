import type { Person, Session } from './session';

interface TokenAnswer {
  access_token: string;
  token_type: string;
  expires_in: number;
}

/**
 * Signs a person in at the development issuer (`POST /auth/token` with `{ sub, role, scope }`).
 * Where no issuer answers, the session carries the identity alone, which the services read from
 * the identity headers.
 */
export async function signIn(fetcher: typeof fetch, person: Person, now = Date.now()): Promise<Session> {
  let res: Response;
  try {
    res = await fetcher('/auth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ sub: person.id, role: person.role, scope: person.scope }),
    });
  } catch {
    return { person, token: null, expiresAt: null };
  }
  if (res.status === 404 || res.status === 502 || res.status === 503) return { person, token: null, expiresAt: null };
  if (!res.ok) throw new Error(`the issuer refused the sign-in (HTTP ${res.status})`);
  const answer = (await res.json()) as TokenAnswer;
  if (answer.token_type.toLowerCase() !== 'bearer' || !answer.access_token) throw new Error('the issuer answered without a bearer token');
  return { person, token: answer.access_token, expiresAt: now + answer.expires_in * 1000 };
}
