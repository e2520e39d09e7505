import type { Server } from 'node:http';

/**
 * Stop taking connections and wait for the requests in flight; idle keep-alive connections are
 * closed at once, and whatever is still open after `graceMs` is cut so a stop cannot hang.
 */
export function drainHttp(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    const cut = setTimeout(() => server.closeAllConnections(), graceMs);
    cut.unref();
    server.close(() => {
      clearTimeout(cut);
      resolve();
    });
    server.closeIdleConnections();
  });
}
