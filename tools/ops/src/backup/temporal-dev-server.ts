import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const REPO_ROOT = path.resolve(__dirname, '../../../..');

/**
 * The local stack's Temporal dev server and its store, one SQLite file
 * (`$STACK_HOME/data/temporal/temporal.db`), stopped and started with the stack's own scripts.
 * A Temporal cluster keeps its store in its database and is backed up with it (docs/operations.md).
 */
export class TemporalDevServer {
  readonly store: string;
  private readonly stackHome: string;

  constructor(private readonly env: NodeJS.ProcessEnv) {
    this.stackHome = env.STACK_HOME ?? path.join(REPO_ROOT, '.stack');
    this.store = path.join(this.stackHome, 'data', 'temporal', 'temporal.db');
  }

  /** The dev server of this stack runs (its pid file names a live process). */
  running(): boolean {
    const pidFile = path.join(this.stackHome, 'run', 'temporal.pid');
    if (!fs.existsSync(pidFile)) return false;
    try {
      process.kill(Number(fs.readFileSync(pidFile, 'utf8')), 0);
      return true;
    } catch {
      return false;
    }
  }

  stop = () => this.script('stop');
  start = () => this.script('start');

  /**
   * The scripts start the dev server only where no other Temporal is named: the address the
   * services use becomes the port the script serves on.
   */
  private async script(action: 'start' | 'stop'): Promise<void> {
    const { TEMPORAL_ADDRESS, ...env } = this.env;
    const port = TEMPORAL_ADDRESS?.split(':').at(-1);
    try {
      await run('bash', [path.join(REPO_ROOT, 'infra/local/temporal', `${action}.sh`)], {
        env: { ...env, STACK_HOME: this.stackHome, ...(port ? { TEMPORAL_PORT: port } : {}) },
        timeout: 150_000,
      });
    } catch (e) {
      throw new Error(`${action} the Temporal dev server: ${(e as { stderr?: string }).stderr?.trim() || String(e)}`);
    }
  }
}
