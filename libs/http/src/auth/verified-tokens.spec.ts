import { VerifiedTokens } from './verified-tokens';

describe('VerifiedTokens', () => {
  const at = (ms: number) => ({ now: () => ms });

  it('gives back the claims of a token that verified, for a minute at most', () => {
    let now = 1_000_000;
    const tokens = new VerifiedTokens(() => now);
    tokens.remember('t1', { sub: 'u1', exp: (now + 3_600_000) / 1000 });
    expect(tokens.claimsOf('t1')).toEqual({ sub: 'u1', exp: (1_000_000 + 3_600_000) / 1000 });
    now += 59_999;
    expect(tokens.claimsOf('t1')?.sub).toBe('u1');
    now += 1;
    expect(tokens.claimsOf('t1')).toBeUndefined();
  });

  it('never past the token expiry', () => {
    let now = 2_000_000;
    const tokens = new VerifiedTokens(() => now);
    tokens.remember('t1', { sub: 'u1', exp: (now + 5_000) / 1000 });
    now += 5_000;
    expect(tokens.claimsOf('t1')).toBeUndefined();
  });

  it('knows nothing of a token it was not given, even one that differs by its signature only', () => {
    const tokens = new VerifiedTokens(at(0).now);
    tokens.remember('header.payload.signature', { sub: 'u1' });
    expect(tokens.claimsOf('header.payload.signaturf')).toBeUndefined();
  });

  it('forgets the oldest token first once it holds ten thousand', () => {
    const tokens = new VerifiedTokens(at(0).now);
    for (let i = 0; i <= 10_000; i++) tokens.remember(`t${i}`, { sub: `u${i}` });
    expect(tokens.claimsOf('t0')).toBeUndefined();
    expect(tokens.claimsOf('t1')?.sub).toBe('u1');
    expect(tokens.claimsOf('t10000')?.sub).toBe('u10000');
  });
});
