import { join } from 'node:path';
import { createConsoleServer } from './console-server';
import { proxyTargetsFromEnv } from './proxy-routes';

// dist/server/main.js serves dist/app, the Vite build beside it.
const root = process.env.CONSOLE_ROOT ?? join(__dirname, '..', 'app');
const port = Number(process.env.CONSOLE_PORT ?? 3080);
const host = process.env.HOST ?? '127.0.0.1';
const server = createConsoleServer(root, proxyTargetsFromEnv());
server.listen(port, host, () => console.log(`console listening on http://127.0.0.1:${port}`));
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => server.close(() => process.exit(0)));
