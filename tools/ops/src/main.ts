import { consoleIo } from './io';
import { runOps } from './run-ops';

// `npm run ops -- <command>`: see docs/operations.md.
void runOps(process.argv.slice(2), consoleIo()).then((code) => process.exit(code));
