import type { Io } from './io';

/** The services the commands call, each at <NAME>_URL or its local port. */
const SERVICES = { intake: 3001, review: 3002, evaluation: 3003, notification: 3004 } as const;
export type ServiceName = keyof typeof SERVICES;

export interface Answer<T = unknown> {
  status: number;
  body: T;
  text: string;
}

/** An answer other than 2xx, printed with the service's reasons. */
export class ServiceRefusal extends Error {
  constructor(readonly answer: Answer) {
    super(`answered ${answer.status}: ${answer.text.slice(0, 2000)}`);
  }
}

export function serviceUrl(service: ServiceName, env: NodeJS.ProcessEnv): string {
  const port = env[`${service.toUpperCase()}_PORT`] ?? SERVICES[service];
  return (env[`${service.toUpperCase()}_URL`] ?? `http://127.0.0.1:${port}`).replace(/\/$/, '');
}

/**
 * The bearer token the commands act with: OPS_TOKEN when set (issued to the operator by the
 * bureau's identity provider, carrying the role the command needs), otherwise one asked of the
 * development issuer of the local stack (AUTH_TOKEN_URL, or its local port) for OPS_USER_ID in that role.
 */
async function bearer(role: string, env: NodeJS.ProcessEnv): Promise<string> {
  if (env.OPS_TOKEN) return env.OPS_TOKEN;
  const tokenUrl = env.AUTH_TOKEN_URL ?? `http://127.0.0.1:${env.AUTH_ISSUER_PORT ?? 3009}/token`;
  const res = await fetch(tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sub: env.OPS_USER_ID ?? 'ops', role }),
  }).catch((e: unknown) => {
    throw new Error(
      `set OPS_TOKEN to a token with the role ${role}: no development issuer answers at ${tokenUrl} (${e instanceof Error ? e.message : String(e)})`,
    );
  });
  if (!res.ok) throw new Error(`the issuer at ${tokenUrl} gave no token for ${role}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

/** A client of one service, acting in `role`; any answer but 2xx throws a ServiceRefusal. */
export function serviceClient(service: ServiceName, role: string, io: Io) {
  const base = serviceUrl(service, io.env);
  async function send<T>(method: string, path: string, body?: string | FormData, type?: string): Promise<Answer<T>> {
    const headers: Record<string, string> = { authorization: `Bearer ${await bearer(role, io.env)}`, ...(type ? { 'content-type': type } : {}) };
    const res = await fetch(`${base}${path}`, { method, headers, body }).catch((e: unknown) => {
      throw new Error(
        `the ${service} service does not answer at ${base} (${e instanceof Error ? e.message : String(e)}; ${service.toUpperCase()}_URL names it)`,
      );
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON (a CSV export): keep the text */
    }
    const answer = { status: res.status, body: parsed as T, text };
    if (res.status < 200 || res.status >= 300) throw new ServiceRefusal(answer);
    return answer;
  }
  return {
    url: base,
    get: <T>(path: string) => send<T>('GET', path),
    post: <T>(path: string, body: unknown = {}) => send<T>('POST', path, JSON.stringify(body), 'application/json'),
    /** One file as a multipart form (fetch sets the content type and its boundary). */
    upload: <T>(path: string, field: string, fileName: string, bytes: Uint8Array) => {
      const form = new FormData();
      form.append(field, new Blob([bytes]), fileName);
      return send<T>('POST', path, form);
    },
  };
}
