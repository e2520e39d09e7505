import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, IncomingMessage, request, Server, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { ProxyTargets, upstreamUrl } from './proxy-routes';
import { SIGN_IN_CONFIG_PATH, SignInConfig } from './sign-in-config';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

// Hop-by-hop headers belong to one connection and are not passed on.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']);

/**
 * The console's server: the built application from `root`, every API path passed to its service
 * (so the browser talks to one origin and the services need no CORS), and which identity provider
 * the browser signs in at.
 */
export function createConsoleServer(root: string, targets: ProxyTargets, signIn: SignInConfig): Server {
  return createServer((req, res) => {
    const target = upstreamUrl(req.url ?? '/', targets);
    if (target) proxy(req, res, target);
    else if (req.url === SIGN_IN_CONFIG_PATH)
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' }).end(JSON.stringify(signIn));
    else void serveFile(root, req, res);
  });
}

function proxy(req: IncomingMessage, res: ServerResponse, target: string): void {
  const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !HOP_BY_HOP.has(name) && name !== 'host'));
  const upstream = request(target, { method: req.method, headers }, (answer) => {
    const passed = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
    res.writeHead(answer.statusCode ?? 502, passed);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    if (res.headersSent) return res.destroy();
    // The services' problem document (RFC 9457, libs/contracts/src/errors/problem.ts); this server imports no library.
    const problem = {
      type: 'urn:makerspace:problem:service-unreachable',
      title: 'Bad Gateway',
      status: 502,
      detail: `the service behind ${new URL(target).pathname} did not answer`,
      instance: req.url ?? '/',
      code: 'SERVICE_UNREACHABLE',
    };
    res.writeHead(502, { 'content-type': 'application/problem+json' });
    res.end(JSON.stringify(problem));
  });
  req.pipe(upstream);
}

async function serveFile(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://console').pathname);
  const file = normalize(join(root, pathname));
  // The application routes by the URL's fragment, so every other path is the application itself.
  const found = file.startsWith(root + sep) && (await isFile(file)) ? file : join(root, 'index.html');
  if (!(await isFile(found))) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('the console is not built here');
    return;
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(found)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': found.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') res.end();
  // A file removed after the check (a rebuild) ends the answer rather than the process.
  else
    createReadStream(found)
      .on('error', () => res.destroy())
      .pipe(res);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
