import { join } from 'node:path';
import { checkSettings, SettingsError } from '@makerspace/config';
import { createConsoleServer } from './console-server';
import { proxyTargets } from './proxy-routes';

/** The console's settings; when one is wrong, the process says which and why, and exits 1. */
function settingsOrExit() {
  try {
    return checkSettings('console');
  } catch (e) {
    if (!(e instanceof SettingsError)) throw e;
    process.stderr.write(JSON.stringify({ level: 'error', time: new Date().toISOString(), service: 'console', message: e.message, problems: e.problems }) + '\n');
    process.exit(1);
  }
}

const settings = settingsOrExit();
// dist/server/main.js serves dist/app, the Vite build beside it.
const root = settings.CONSOLE_ROOT ?? join(__dirname, '..', 'app');
const server = createConsoleServer(root, proxyTargets(settings));
server.listen(settings.CONSOLE_PORT, settings.HOST, () => console.log(`console listening on http://${settings.HOST}:${settings.CONSOLE_PORT}`));
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => server.close(() => process.exit(0)));
