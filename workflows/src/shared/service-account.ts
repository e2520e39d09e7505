import type { ServiceAccount } from '@makerspace/identity';

/**
 * The worker's own sign-in: reads AUTH_TOKEN_URL, AUTH_CLIENT_ID and AUTH_CLIENT_SECRET; the worker
 * refuses to start without them, naming the variable, instead of failing every call to the
 * evaluation service later.
 */
export function serviceAccountSettings(env: NodeJS.ProcessEnv): ServiceAccount {
  const read = (name: string) => {
    const value = env[name]?.trim();
    if (!value) throw new Error(`${name} is not set: the worker signs in to the evaluation service as a service account (see docs/trust.md, "Sign-in")`);
    return value;
  };
  return { tokenUrl: read('AUTH_TOKEN_URL'), clientId: read('AUTH_CLIENT_ID'), clientSecret: read('AUTH_CLIENT_SECRET') };
}
