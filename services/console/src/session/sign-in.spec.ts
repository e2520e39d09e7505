import type { User } from 'oidc-client-ts';
import { sessionOf } from './sign-in';

const jwt = (claims: object) => `h.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.s`;
const user = (claims: object, expiresAt: number) => ({ access_token: jwt(claims), expires_at: expiresAt }) as unknown as User;

describe("the session of the provider's tokens", () => {
  it('names the person of the access token, with its role, scope and name, until it expires', () => {
    const officer = user({ sub: 'u-1', role: ['district-officer'], division: '210321', name: '赵 台安' }, 2_000);
    expect(sessionOf(officer, 1_000_000)).toEqual({
      person: { id: 'u-1', role: 'district-officer', scope: '210321', name: '赵 台安' },
      token: officer.access_token,
      expiresAt: 2_000_000,
    });
    expect(sessionOf(officer, 2_000_000)).toBeNull();
  });

  it('is none without tokens, or when the token names nobody the services take', () => {
    expect(sessionOf(null)).toBeNull();
    expect(sessionOf(user({ sub: 'u-2', role: ['city-officer', 'expert'] }, 9_999_999_999))).toBeNull();
    expect(sessionOf({ access_token: 'opaque', expires_at: 9_999_999_999 } as unknown as User)).toBeNull();
  });
});
