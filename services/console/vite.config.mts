import { fileURLToPath } from 'node:url';
import { defineConfig, ProxyOptions } from 'vite';
import { checkSettings } from '@makerspace/config';
import { PROXY_PREFIXES, proxyTargets } from './server/proxy-routes';

const here = fileURLToPath(new URL('.', import.meta.url));
const settings = checkSettings('console');
const targets = proxyTargets(settings);

// `vite` (dev) and `vite preview` pass the API paths on as the console's own server does.
const proxy: Record<string, ProxyOptions> = Object.fromEntries(
  Object.entries(PROXY_PREFIXES).map(([prefix, service]) => [
    prefix,
    { target: targets[service], changeOrigin: true, rewrite: (path: string) => path.slice(prefix.length) || '/' },
  ]),
);

export default defineConfig({
  root: here,
  base: './',
  // Vite compiles TSX itself (Oxc); React 19's automatic runtime, as tsconfig's "react-jsx".
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    // The Measures' rules run in the browser too (the live pre-check), and the contracts' browser
    // entry gives the procedures' vocabulary; both from the libraries' sources.
    alias: {
      '@makerspace/policy': `${here}../../libs/policy/src/index.ts`,
      '@makerspace/contracts/browser': `${here}../../libs/contracts/src/browser.ts`,
    },
  },
  build: { outDir: 'dist/app', emptyOutDir: true, sourcemap: true },
  server: { port: Number(process.env.CONSOLE_DEV_PORT ?? 5173), proxy },
  preview: { port: settings.CONSOLE_PORT, proxy },
});
