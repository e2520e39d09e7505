import { User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { SignInConfig } from '../../server/sign-in-config';
import { personFromClaims } from './person-claims';
import type { Session } from './session';

/** Where the provider sends the browser back after sign-in (the console's server serves the app there). */
export const SIGNED_IN_PATH = '/signed-in';

/**
 * Signing in at the identity provider with OpenID Connect's authorization code flow and PKCE
 * (oidc-client-ts): the provider's own login or registration page, the code exchanged for tokens
 * in the browser, the tokens kept for this tab (sessionStorage) and refreshed before they expire
 * with the refresh token, and sign-out at the provider (its session ends, not just the tab's).
 */
export class SignIn {
  readonly users: UserManager;

  constructor(config: SignInConfig, origin = window.location.origin) {
    this.users = new UserManager({
      authority: config.authority,
      client_id: config.clientId,
      redirect_uri: `${origin}${SIGNED_IN_PATH}`,
      post_logout_redirect_uri: `${origin}/`,
      response_type: 'code',
      scope: 'openid',
      automaticSilentRenew: true,
      userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    });
  }

  /** To the provider's login page; back at `returnTo` (a route of the console) once signed in. */
  start(returnTo: string): Promise<void> {
    return this.users.signinRedirect({ state: { returnTo } });
  }

  /** To the provider's registration page (OIDC `prompt=create`): an applicant makes its own account. */
  register(returnTo: string): Promise<void> {
    return this.users.signinRedirect({ state: { returnTo }, prompt: 'create' });
  }

  /** Back from the provider: the code exchanged for tokens; answers the route to go on to. */
  async finish(): Promise<string> {
    const user = await this.users.signinCallback();
    return (user?.state as { returnTo?: string } | undefined)?.returnTo ?? '#/';
  }

  /** Sign out at the provider, which sends the browser back to the console's front page. */
  signOut(): Promise<void> {
    return this.users.signoutRedirect();
  }

  async current(): Promise<Session | null> {
    return sessionOf(await this.users.getUser());
  }
}

/**
 * The session of the provider's tokens: the person their access token names, read as the services
 * read it. None once it expired, or when the token names nobody the services would take.
 */
export function sessionOf(user: User | null, now = Date.now()): Session | null {
  if (!user?.access_token || !user.expires_at || user.expires_at * 1000 <= now) return null;
  const person = personFromClaims(claimsOf(user.access_token));
  return person && { person, token: user.access_token, expiresAt: user.expires_at * 1000 };
}

/** The claims of a JWT (not verified here: the services verify every token they are sent). */
function claimsOf(jwt: string): Record<string, unknown> {
  try {
    const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(payload), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  } catch {
    return {};
  }
}
