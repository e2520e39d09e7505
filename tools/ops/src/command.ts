import type { Args } from './args';
import type { ExitCode, Io } from './io';

/** One operator command: how it is called, what it does, and the doing. */
export interface Command {
  name: string;
  usage: string;
  summary: string;
  run(args: Args, io: Io): Promise<ExitCode>;
}
