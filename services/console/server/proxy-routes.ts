/** Where the console's server sends each API path, so the browser talks to one origin. */
export interface ProxyTargets {
  intake: string;
  review: string;
  evaluation: string;
  notification: string;
  /** The identity issuer (POST /token). */
  auth: string;
}

/** Path prefixes the browser uses, each to the service behind it (the prefix is removed). */
export const PROXY_PREFIXES: Readonly<Record<string, keyof ProxyTargets>> = {
  '/api/intake': 'intake',
  '/api/review': 'review',
  '/api/evaluation': 'evaluation',
  '/api/notification': 'notification',
  '/auth': 'auth',
};

/**
 * The services' addresses from the environment (`<SERVICE>_URL`, else the local stack's ports);
 * the issuer's from AUTH_ISSUER_URL, else AUTH_ISSUER (the development issuer's URL is its name).
 */
export function proxyTargetsFromEnv(env: NodeJS.ProcessEnv = process.env): ProxyTargets {
  const local = (port: string | undefined, fallback: number) => `http://127.0.0.1:${port ?? fallback}`;
  return {
    intake: env.INTAKE_URL ?? local(env.INTAKE_PORT, 3001),
    review: env.REVIEW_URL ?? local(env.REVIEW_PORT, 3002),
    evaluation: env.EVALUATION_URL ?? local(env.EVALUATION_PORT, 3003),
    notification: env.NOTIFICATION_URL ?? local(env.NOTIFICATION_PORT, 3004),
    auth: env.AUTH_ISSUER_URL ?? env.AUTH_ISSUER ?? local(env.AUTH_ISSUER_PORT, 3009),
  };
}

/** The upstream URL of a browser request's path and query, or null when the path is the console's own. */
export function upstreamUrl(pathAndQuery: string, targets: ProxyTargets): string | null {
  for (const [prefix, service] of Object.entries(PROXY_PREFIXES)) {
    const rest = pathAndQuery.slice(prefix.length);
    if (pathAndQuery.startsWith(prefix) && (rest === '' || rest.startsWith('/') || rest.startsWith('?'))) {
      const path = rest.startsWith('/') ? rest : `/${rest}`;
      return `${targets[service].replace(/\/$/, '')}${path}`;
    }
  }
  return null;
}
