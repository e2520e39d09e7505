import { parseArgs, UsageError } from './args';
import type { Command } from './command';
import { auditVerify } from './commands/audit-verify';
import { backup } from './commands/backup';
import { deadLetters } from './commands/dead-letters';
import { exportProvincial } from './commands/export-provincial';
import { exportRegistry } from './commands/export-registry';
import { importSpaces } from './commands/import-spaces';
import { migrateFiles } from './commands/migrate-files';
import { openYear } from './commands/open-year';
import { overdueTasks } from './commands/overdue-tasks';
import { redrive } from './commands/redrive';
import { restore } from './commands/restore';
import type { ExitCode, Io } from './io';
import { ServiceRefusal } from './service-client';

export const COMMANDS: readonly Command[] = [
  openYear,
  overdueTasks,
  auditVerify,
  exportRegistry,
  exportProvincial,
  deadLetters,
  redrive,
  importSpaces,
  backup,
  restore,
  migrateFiles,
];

function usage(io: Io): void {
  io.err('usage: npm run ops -- <command> [arguments]   (docs/operations.md)');
  for (const c of COMMANDS) io.err(`  ${c.usage.padEnd(62)} ${c.summary}`);
}

/** Runs one operator command; answers its exit code (0 done, 1 a problem found or refused, 2 could not run). */
export async function runOps(argv: readonly string[], io: Io): Promise<ExitCode> {
  const [name, ...rest] = argv;
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    if (name && name !== 'help' && name !== '--help') io.err(`no command "${name}"`);
    usage(io);
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  try {
    return await command.run(parseArgs(rest), io);
  } catch (e) {
    if (e instanceof UsageError) io.err(`${e.message}\nusage: npm run ops -- ${command.usage}`);
    else if (e instanceof ServiceRefusal) io.err(`${command.name}: the service ${e.message}`);
    else io.err(`${command.name} failed: ${e instanceof Error ? e.message : String(e)}`);
    return e instanceof ServiceRefusal ? 1 : 2;
  }
}
