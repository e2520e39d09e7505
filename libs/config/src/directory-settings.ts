import { z } from 'zod';
import { readSettings } from './read-settings';
import { DIRECTORY_CLIENTS, DirectoryAccount, directoryVariables } from './settings/shared';

/** Where the directory is (the Keycloak realm that holds the people) and the service account that reads or writes it. */
export interface DirectorySettings {
  /** The realm's URL, its issuer (`http://127.0.0.1:8180/realms/makerspace`). */
  realmUrl: string;
  clientId: string;
  clientSecret: string;
}

/**
 * The directory's settings read from the environment and checked (a wrong one throws SettingsError
 * naming it): DIRECTORY_URL and the account's `<ACCOUNT>_CLIENT_ID` / `<ACCOUNT>_CLIENT_SECRET`.
 */
export function directorySettings(account: DirectoryAccount, env: NodeJS.ProcessEnv = process.env): DirectorySettings {
  const s = readSettings('directory', z.object(directoryVariables(account, DIRECTORY_CLIENTS[account])), env) as Record<string, string>;
  return { realmUrl: s.DIRECTORY_URL, clientId: s[`${account}_CLIENT_ID`], clientSecret: s[`${account}_CLIENT_SECRET`] };
}
