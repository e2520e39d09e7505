import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const REPO_ROOT = path.resolve(__dirname, '../../..');
/** The recording server keeps its pid file, log and store here, apart from the shared stack's. */
const HOME = path.join(REPO_ROOT, '.stack', 'histories');

/**
 * The Temporal dev server the recordings run on: a server of their own, started empty for every
 * recording, so workflow ids that are fixed by the year (`evaluation-2026`) are free and a
 * recording never depends on what the local stack's server holds.
 */
export const RECORDING_TEMPORAL = { port: 7253, uiPort: 8253, address: '127.0.0.1:7253', namespace: 'default' } as const;

function scriptEnv(): NodeJS.ProcessEnv {
  const shared = path.join(REPO_ROOT, '.stack');
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(TEMPORAL_ADDRESS|STACK_)/.test(k)));
  return {
    ...inherited,
    STACK_HOME: HOME,
    STACK_BIN: path.join(shared, 'bin'),
    TEMPORAL_PORT: String(RECORDING_TEMPORAL.port),
    TEMPORAL_UI_PORT: String(RECORDING_TEMPORAL.uiPort),
  };
}

async function script(action: 'start' | 'stop'): Promise<void> {
  try {
    await run('bash', [path.join(REPO_ROOT, 'infra/local/temporal', `${action}.sh`)], { env: scriptEnv(), cwd: REPO_ROOT, timeout: 150_000 });
  } catch (e) {
    const { stdout, stderr } = e as { stdout?: string; stderr?: string };
    throw new Error(`${action} the recording Temporal server failed: ${String(e)}\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

/** Start the recording server with an empty store (a killed run's server is stopped first). */
export async function startRecordingServer(): Promise<void> {
  await script('stop');
  fs.rmSync(path.join(HOME, 'data', 'temporal'), { recursive: true, force: true });
  await script('start');
}

export const stopRecordingServer = () => script('stop');
