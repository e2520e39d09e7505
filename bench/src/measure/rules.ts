import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../system/system-processes';

const exec = promisify(execFile);

export interface RulesFigure {
  best: number;
  median: number;
  /** What the policy bench printed. */
  output: string;
}

const number = (text: string) => Number(text.replace(/,/g, ''));

/** Full Art. 5 checks per second of CPU time on one core: libs/policy/bench, as `nx run policy:bench` runs it. */
export async function measureRules(): Promise<RulesFigure> {
  const tsx = path.join(REPO_ROOT, 'node_modules/.bin/tsx');
  const { stdout } = await exec(tsx, ['libs/policy/bench/full-check.bench.ts'], { cwd: REPO_ROOT, timeout: 300_000 });
  const found = /best ([\d,]+), median ([\d,]+)/.exec(stdout);
  if (!found) throw new Error(`the policy bench printed no figure:\n${stdout}`);
  return { best: number(found[1]), median: number(found[2]), output: stdout.trim() };
}
