import type { JWTPayload } from 'jose';

/** Tokens remembered at most, the oldest forgotten first. */
const MAX_TOKENS = 10_000;
/**
 * A token's verification is trusted again for at most this long (and never past its expiry), so
 * a key the identity provider withdraws stops being honoured within a minute.
 */
const REMEMBER_MS = 60_000;

/**
 * The claims of tokens that verified lately. A client signs in once and sends the same token with
 * every request; verifying its RS256 signature each time costs more CPU than the rest of a light
 * request. Only successful verifications are kept, keyed by the whole token (its signature
 * included), so a token is only ever taken for what was verified.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, { claims: JWTPayload; until: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  claimsOf(token: string): JWTPayload | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.until > this.now()) return entry.claims;
    this.entries.delete(token);
    return undefined;
  }

  remember(token: string, claims: JWTPayload): void {
    const expiresMs = typeof claims.exp === 'number' ? claims.exp * 1000 : Number.POSITIVE_INFINITY;
    const until = Math.min(this.now() + REMEMBER_MS, expiresMs);
    if (this.entries.size >= MAX_TOKENS) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, { claims, until });
  }
}
