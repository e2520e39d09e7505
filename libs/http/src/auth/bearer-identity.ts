import { HttpStatus } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import { ApiException } from '../api-exception';
import type { RequestActor } from '../actor';
import type { AuthSettings } from './auth-settings';
import { actorFromClaims } from './token-actor';
import { VerifiedTokens } from './verified-tokens';

/** Clocks of the identity provider and the services may differ this much (seconds). */
export const CLOCK_TOLERANCE_SECONDS = 10;

/**
 * Puts the caller's identity on the request from an `Authorization: Bearer <JWT>` header: an
 * RS256 token signed by a key of the configured JWKS, issued by the configured issuer for this
 * audience, not expired. A request without the header is the anonymous public; one with a token
 * that does not verify is answered 401 saying why, never taken as anonymous. Keys are fetched
 * once and again when a token names a key not seen yet (the provider rotated). A token that
 * verified is trusted again for up to a minute without checking its signature (VerifiedTokens).
 */
export function bearerIdentity(settings: AuthSettings, verified = new VerifiedTokens()) {
  const keys = createRemoteJWKSet(settings.jwksUrl, { timeoutDuration: 5_000, cooldownDuration: 30_000 });
  const options = { issuer: settings.issuer, audience: settings.audience, algorithms: ['RS256'], clockTolerance: CLOCK_TOLERANCE_SECONDS };

  return async function identify(req: Request & { actor?: RequestActor }, res: Response, next: NextFunction): Promise<void> {
    const header = req.header('authorization');
    if (header === undefined) return next();
    // The ErrorFilter answers it with the Bearer challenge (RFC 6750), so clients know to sign in again.
    const refuse = (reason: string) => next(unauthenticated(reason));
    const token = /^Bearer ([A-Za-z0-9_.~+/=-]+)$/i.exec(header.trim())?.[1];
    if (!token) return refuse('the Authorization header must be "Bearer <token>"');
    let claims = verified.claimsOf(token);
    if (!claims) {
      try {
        claims = (await jwtVerify(token, keys, options)).payload;
        verified.remember(token, claims);
      } catch (e) {
        if (providerUnreachable(e)) {
          res.setHeader('Retry-After', '5');
          return next(new ApiException(HttpStatus.SERVICE_UNAVAILABLE, 'SERVICE_UNAVAILABLE', "the identity provider's keys cannot be read; retry shortly"));
        }
        return e instanceof errors.JOSEError ? refuse(refusal(e, settings)) : next(e);
      }
    }
    const actor = actorFromClaims(claims);
    if (typeof actor === 'string') return refuse(actor);
    req.actor = actor;
    next();
  };
}

/** Why a token was refused, in words a caller can act on. */
function refusal(e: errors.JOSEError, settings: AuthSettings): string {
  if (e instanceof errors.JWTExpired) return 'the token has expired';
  if (e instanceof errors.JWTClaimValidationFailed) {
    if (e.claim === 'iss') return `the token was not issued by ${settings.issuer}`;
    if (e.claim === 'aud') return `the token is not meant for ${settings.audience}`;
    return `the token's ${e.claim} claim is not acceptable: ${e.message}`;
  }
  if (e instanceof errors.JWSSignatureVerificationFailed || e instanceof errors.JWKSNoMatchingKey) {
    return "the token's signature does not verify with the identity provider's keys";
  }
  if (e instanceof errors.JOSEAlgNotAllowed) return 'the token must be signed with RS256';
  return `the token is not a valid JWT: ${e.message}`;
}

/**
 * The keys could not be fetched (the provider is down, slow, or answers something else than a
 * key set): not the caller's fault, so 503 and not 401.
 */
function providerUnreachable(e: unknown): boolean {
  if (e instanceof errors.JWKSTimeout || e instanceof errors.JWKSInvalid) return true;
  if (e instanceof errors.JOSEError) return /JSON Web Key Set HTTP response/.test(e.message);
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH)$/.test(code);
}

const unauthenticated = (reason: string) => new ApiException(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', reason);
