import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { connectionSettings } from '@makerspace/database';

const run = promisify(execFile);
const REPO_ROOT = path.resolve(__dirname, '../../../..');

/**
 * PostgreSQL's own tools of the server's major version, installed by
 * infra/local/postgres/install-tools.sh into POSTGRES_TOOLS_DIR (default `$STACK_BIN/postgres-tools`).
 */
function tool(name: 'pg_dump' | 'pg_restore', env: NodeJS.ProcessEnv): string {
  const dir = env.POSTGRES_TOOLS_DIR ?? path.join(env.STACK_BIN ?? path.join(REPO_ROOT, '.stack', 'bin'), 'postgres-tools');
  const file = path.join(dir, 'bin', name);
  if (!fs.existsSync(file))
    throw new Error(`${file} is missing: install the PostgreSQL tools with bash infra/local/postgres/install-tools.sh (npm run stack:up does)`);
  return file;
}

/** A tool run against a service's own database, with the settings the service uses. */
async function against(name: 'pg_dump' | 'pg_restore', service: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const db = connectionSettings(service, env);
  try {
    await run(tool(name, env), ['--host', db.host, '--port', String(db.port), '--username', db.user, '--dbname', db.database, ...args], {
      env: { ...env, PGPASSWORD: db.password },
      maxBuffer: 64 << 20,
    });
  } catch (e) {
    throw new Error(`${name} of ${db.database} failed: ${(e as { stderr?: string }).stderr?.trim() || String(e)}`);
  }
}

/**
 * The whole database in pg_dump's custom format (schema, rows, functions and triggers, the
 * migrations applied), as the exported snapshot `snapshot` sees it.
 */
export const dumpDatabase = (service: string, file: string, snapshot: string, env: NodeJS.ProcessEnv) =>
  against('pg_dump', service, ['--format=custom', '--no-owner', `--snapshot=${snapshot}`, '--file', file], env);

/** A dump restored into the service's empty database, all or nothing. */
export const restoreDatabase = (service: string, file: string, env: NodeJS.ProcessEnv) =>
  against('pg_restore', service, ['--no-owner', '--exit-on-error', '--single-transaction', file], env);
