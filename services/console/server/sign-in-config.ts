import type { ProcessSettings } from '@makerspace/config';

/** Where the browser asks the console's server which identity provider to sign in at. */
export const SIGN_IN_CONFIG_PATH = '/config/sign-in';

/** The identity provider the console signs people in at, as the console's server tells the browser. */
export interface SignInConfig {
  /** The provider's issuer (its discovery document is at `/.well-known/openid-configuration`). */
  authority: string;
  /** The console's public client there (authorization code with PKCE, no secret). */
  clientId: string;
}

/** From the console's settings: AUTH_ISSUER and CONSOLE_CLIENT_ID. */
export function signInConfig(s: ProcessSettings<'console'>): SignInConfig {
  return { authority: s.AUTH_ISSUER, clientId: s.CONSOLE_CLIENT_ID };
}
