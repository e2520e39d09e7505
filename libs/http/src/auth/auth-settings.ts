/** Where the services find the keys that sign access tokens, and what a token must say. */
export interface AuthSettings {
  /** The identity provider's JSON Web Key Set (its public signing keys). */
  jwksUrl: URL;
  /** The `iss` every token must carry. */
  issuer: string;
  /** The `aud` every token must include: this system. */
  audience: string;
}

/**
 * Reads the sign-in settings from the environment: AUTH_JWKS_URL (an http(s) URL), AUTH_ISSUER and
 * AUTH_AUDIENCE. A service refuses to start without them, naming the variable, rather than start
 * and answer every signed-in request 401.
 */
export function readAuthSettings(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  return { jwksUrl: httpUrl(env, 'AUTH_JWKS_URL'), issuer: required(env, 'AUTH_ISSUER'), audience: required(env, 'AUTH_AUDIENCE') };
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new Error(`${name} is not set: the services verify sign-in tokens and need it (see docs/trust.md, "Sign-in")`);
  return value;
}

function httpUrl(env: NodeJS.ProcessEnv, name: string): URL {
  const value = required(env, name);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} is not a URL: ${value}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${name} must be an http or https URL: ${value}`);
  return url;
}
