// Small helpers for specs that drive the local stack's servers.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const localDir = path.resolve(__dirname, '../../local');

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `condition` until it holds; fails naming `what` after `timeoutMs`. */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

/** Runs one of infra/local/kafka's scripts without blocking the event loop (clients keep going). */
export async function kafkaScript(name: 'start.sh' | 'stop.sh'): Promise<void> {
  await exec('bash', [path.join(localDir, 'kafka', name)], { timeout: 120_000 });
}

/** The pid that infra/local/kafka/start.sh recorded, or undefined when none is recorded. */
export function kafkaPid(): string | undefined {
  const stackHome = process.env.STACK_HOME ?? path.resolve(localDir, '../../.stack');
  try {
    return readFileSync(path.join(stackHome, 'run', 'kafka.pid'), 'utf8').trim();
  } catch {
    return undefined;
  }
}
