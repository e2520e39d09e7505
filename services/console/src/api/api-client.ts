import type { Session } from '../session/session';
import { ApiError } from './api-error';
import { credentialHeaders } from './credentials';

export type ServiceName = 'intake' | 'review' | 'evaluation' | 'notification';

type Query = Record<string, string | number | boolean | null | undefined>;

export interface ApiClientOptions {
  fetch: typeof fetch;
  /** The session at the time of each call (credentials are read per request). */
  session: () => Session | null;
  /** The origin's path to the services, '/api' behind the console's server. */
  base?: string;
}

/** A JSON client of one service: answers the parsed body, or throws an ApiError. */
export interface ServiceClient {
  get<T>(path: string, query?: Query): Promise<T>;
  post<T>(path: string, body?: unknown, headers?: Record<string, string>): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
  delete(path: string): Promise<void>;
  /** The answer as bytes (a file, a CSV export with its byte order mark), with the same credentials. */
  blob(path: string): Promise<Blob>;
}

export type ApiClient = Record<ServiceName, ServiceClient>;

/** Appends the query's set values to a path. */
export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const base = options.base ?? '/api';
  const service = (name: ServiceName): ServiceClient => {
    const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> => {
      const res = await options.fetch(`${base}/${name}${path}`, {
        method,
        headers: {
          accept: 'application/json, application/problem+json',
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...credentialHeaders(options.session()),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw ApiError.from(res.status, await readBody(res));
      return res;
    };
    return {
      get: async <T>(path: string, query?: Query) => (await readBody(await call('GET', withQuery(path, query)))) as T,
      post: async <T>(path: string, body: unknown = {}, headers?: Record<string, string>) => (await readBody(await call('POST', path, body, headers))) as T,
      put: async <T>(path: string, body: unknown) => (await readBody(await call('PUT', path, body))) as T,
      delete: async (path: string) => void (await call('DELETE', path)),
      blob: async (path: string) => (await call('GET', path)).blob(),
    };
  };
  return { intake: service('intake'), review: service('review'), evaluation: service('evaluation'), notification: service('notification') };
}

async function readBody(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
