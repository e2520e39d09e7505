import type { As } from './as';
import { signedIn } from './sign-in';

export interface HttpAnswer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** A small JSON client that acts as a given person (signed in with a bearer token), or as the public. */
export function httpClient(baseUrl: string, as?: As) {
  async function call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer<T>> {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(await signedIn(as)),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }
  return {
    get: <T>(path: string, headers?: Record<string, string>) => call<T>('GET', path, undefined, headers),
    post: <T>(path: string, body?: unknown, headers?: Record<string, string>) => call<T>('POST', path, body ?? {}, headers),
    put: <T>(path: string, body: unknown, headers?: Record<string, string>) => call<T>('PUT', path, body, headers),
    delete: <T>(path: string, headers?: Record<string, string>) => call<T>('DELETE', path, undefined, headers),
  };
}
