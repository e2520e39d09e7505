import { SessionStore } from './session';
import { signIn } from './sign-in';

const person = { id: 'expert-1', role: 'expert' as const, scope: null };

describe('signing in at the development issuer', () => {
  it('asks the issuer for a token with the subject, role and scope, and keeps when it expires', async () => {
    const requests: { url: string; body: unknown }[] = [];
    const fetcher = (async (url: string, init: RequestInit) => {
      requests.push({ url, body: JSON.parse(String(init.body)) });
      return new Response(JSON.stringify({ access_token: 'signed', token_type: 'Bearer', expires_in: 3600 }), { status: 200 });
    }) as unknown as typeof fetch;
    const session = await signIn(fetcher, person, 1_000);
    expect(requests).toEqual([{ url: '/auth/token', body: { sub: 'expert-1', role: 'expert', scope: null } }]);
    expect(session).toEqual({ person, token: 'signed', expiresAt: 3_601_000 });
  });

  it("refuses to sign in where no issuer answers, or when it refuses, in the issuer's words", async () => {
    const offline = (async () => {
      throw new TypeError('failed to fetch');
    }) as unknown as typeof fetch;
    await expect(signIn(offline, person)).rejects.toMatchObject({ code: 'ISSUER_UNREACHABLE' });
    const refusing = (async () =>
      new Response(JSON.stringify({ code: 'VALIDATION_FAILED', message: 'the body is not valid', issues: [{ field: 'scope', rule: 'required', message: 'a district officer acts for a division: scope is its code' }] }), {
        status: 400,
      })) as unknown as typeof fetch;
    await expect(signIn(refusing, { id: 'officer-x', role: 'district-officer', scope: null })).rejects.toMatchObject({ status: 400, issues: [{ field: 'scope' }] });
    const down = (async () => new Response('Bad Gateway', { status: 502 })) as unknown as typeof fetch;
    await expect(signIn(down, person)).rejects.toMatchObject({ status: 502 });
  });
});

describe('the session kept for the tab', () => {
  function memoryStorage() {
    const items = new Map<string, string>();
    return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
  }

  it('reads back what was written until the token expires', () => {
    const store = new SessionStore(memoryStorage());
    store.write({ person, token: 't', expiresAt: 2_000 });
    expect(store.read(1_999)?.token).toBe('t');
    expect(store.read(2_000)).toBeNull();
    expect(store.read(1_000)).toBeNull();
  });
});
