import { join } from 'node:path';
import { settingsOrExit } from '@makerspace/config';
import { createConsoleServer } from './console-server';
import { proxyTargets } from './proxy-routes';
import { signInConfig } from './sign-in-config';

const settings = settingsOrExit('console');
// dist/server/main.js serves dist/app, the Vite build beside it.
const root = settings.CONSOLE_ROOT ?? join(__dirname, '..', 'app');
const server = createConsoleServer(root, proxyTargets(settings), signInConfig(settings));
server.listen(settings.CONSOLE_PORT, settings.HOST, () => console.log(`console listening on http://${settings.HOST}:${settings.CONSOLE_PORT}`));
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => server.close(() => process.exit(0)));
