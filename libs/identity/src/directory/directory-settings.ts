/** Where the directory is (the Keycloak realm that holds the people) and the service account that reads or writes it. */
export interface DirectorySettings {
  /** The realm's URL, its issuer (`http://127.0.0.1:8180/realms/makerspace`). */
  realmUrl: string;
  clientId: string;
  clientSecret: string;
}

/**
 * Reads DIRECTORY_URL and the service account's `<ACCOUNT>_CLIENT_ID` / `<ACCOUNT>_CLIENT_SECRET`:
 * DIRECTORY for the services that read (notification, review), BINDING for intake, which also binds
 * applicants to their organisations. The services check them when they start (libs/config).
 */
export function directorySettings(account: 'DIRECTORY' | 'BINDING', env: NodeJS.ProcessEnv = process.env): DirectorySettings {
  const read = (name: string) => {
    const value = env[name]?.trim();
    if (!value) throw new Error(`${name} is not set: the services read people from the identity provider's directory (see docs/trust.md, "The directory")`);
    return value;
  };
  return { realmUrl: read('DIRECTORY_URL'), clientId: read(`${account}_CLIENT_ID`), clientSecret: read(`${account}_CLIENT_SECRET`) };
}
