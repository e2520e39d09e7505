import { writeFileSync } from 'node:fs';

/** Where a command reads its settings and writes what it has to say (the console, or a test's buffer). */
export interface Io {
  env: NodeJS.ProcessEnv;
  out(line: string): void;
  err(line: string): void;
  /** Write a file the operator asked for (`--out`). */
  writeFile(path: string, content: string | Buffer): void;
}

export const consoleIo = (): Io => ({
  env: process.env,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  writeFile: (path, content) => writeFileSync(path, content),
});

/** A command's outcome as a process exit code: 0 done, 1 found a problem, 2 could not run. */
export type ExitCode = 0 | 1 | 2;
