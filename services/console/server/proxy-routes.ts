import type { ProcessSettings } from '@makerspace/config';

/** Where the console's server sends each API path, so the browser talks to one origin. */
export interface ProxyTargets {
  intake: string;
  review: string;
  evaluation: string;
  notification: string;
}

/** Path prefixes the browser uses, each to the service behind it (the prefix is removed). */
export const PROXY_PREFIXES: Readonly<Record<string, keyof ProxyTargets>> = {
  '/api/intake': 'intake',
  '/api/review': 'review',
  '/api/evaluation': 'evaluation',
  '/api/notification': 'notification',
};

/** The services' addresses from the console's settings (`<SERVICE>_URL`, else the local stack's ports). */
export function proxyTargets(s: ProcessSettings<'console'>): ProxyTargets {
  const local = (port: number) => `http://127.0.0.1:${port}`;
  return {
    intake: s.INTAKE_URL ?? local(s.INTAKE_PORT),
    review: s.REVIEW_URL ?? local(s.REVIEW_PORT),
    evaluation: s.EVALUATION_URL ?? local(s.EVALUATION_PORT),
    notification: s.NOTIFICATION_URL ?? local(s.NOTIFICATION_PORT),
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
