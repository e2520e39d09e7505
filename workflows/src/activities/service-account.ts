import type { ServiceAccount } from '@makerspace/identity';

type ServiceAccountVariables = Partial<Record<'AUTH_TOKEN_URL' | 'AUTH_CLIENT_ID' | 'AUTH_CLIENT_SECRET', string>>;

/**
 * Takes AUTH_TOKEN_URL, AUTH_CLIENT_ID and AUTH_CLIENT_SECRET from the worker's settings; the worker
 * refuses to start without them, naming the variable, instead of failing every call to the
 * evaluation service later. Its token comes from @makerspace/identity's serviceAccountToken.
 */
export function serviceAccountSettings(settings: ServiceAccountVariables): ServiceAccount {
  const read = (name: keyof ServiceAccountVariables) => {
    const value = settings[name]?.trim();
    if (!value) throw new Error(`${name} is not set: the worker signs in to the evaluation service as a service account (see docs/trust.md, "Sign-in")`);
    return value;
  };
  return { tokenUrl: read('AUTH_TOKEN_URL'), clientId: read('AUTH_CLIENT_ID'), clientSecret: read('AUTH_CLIENT_SECRET') };
}
