import { fileURLToPath } from 'node:url';
import { Connect, defineConfig, Plugin, ProxyOptions } from 'vite';
import { checkSettings, ProcessSettings } from '@makerspace/config';
import { PROXY_PREFIXES, proxyTargets } from './server/proxy-routes';
import { SIGN_IN_CONFIG_PATH, signInConfig } from './server/sign-in-config';

const here = fileURLToPath(new URL('.', import.meta.url));

// `vite` (dev) and `vite preview` pass the API paths on as the console's own server does.
function proxyOf(settings: ProcessSettings<'console'>): Record<string, ProxyOptions> {
  const targets = proxyTargets(settings);
  return Object.fromEntries(
    Object.entries(PROXY_PREFIXES).map(([prefix, service]) => [
      prefix,
      { target: targets[service], changeOrigin: true, rewrite: (path: string) => path.slice(prefix.length) || '/' },
    ]),
  );
}

/** `vite` and `vite preview` tell the browser the identity provider as the console's server does. */
function signInConfigOf(settings: ProcessSettings<'console'>): Plugin {
  const serve = (server: { middlewares: Connect.Server }) =>
    void server.middlewares.use(SIGN_IN_CONFIG_PATH, (_req, res) =>
      res.setHeader('content-type', 'application/json').end(JSON.stringify(signInConfig(settings))),
    );
  return { name: 'sign-in-config', configureServer: serve, configurePreviewServer: serve };
}

export default defineConfig(({ command, isPreview }) => {
  // A build needs no settings; the servers check them (the identity provider above all).
  const settings = command === 'serve' || isPreview ? checkSettings('console') : null;
  return {
    root: here,
    plugins: settings ? [signInConfigOf(settings)] : [],
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
    ...(settings && {
      server: { port: Number(process.env.CONSOLE_DEV_PORT ?? 5173), proxy: proxyOf(settings) },
      preview: { port: settings.CONSOLE_PORT, proxy: proxyOf(settings) },
    }),
  };
});
