import { ApiError } from '../api/api-error';
import type { Person, Session } from './session';

interface TokenAnswer {
  access_token: string;
  token_type: string;
  expires_in: number;
}

/**
 * Signs a person in at the development issuer (`POST /auth/token` with `{ sub, role, scope }`):
 * the services take the bearer token it answers. A refusal keeps the issuer's words.
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
    throw new ApiError(0, 'ISSUER_UNREACHABLE', 'the identity provider did not answer');
  }
  if (!res.ok) throw ApiError.from(res.status, await res.json().catch(() => null));
  const answer = (await res.json()) as TokenAnswer;
  if (answer.token_type.toLowerCase() !== 'bearer' || !answer.access_token) throw new Error('the issuer answered without a bearer token');
  return { person, token: answer.access_token, expiresAt: now + answer.expires_in * 1000 };
}
