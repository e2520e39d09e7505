export interface As {
  id: string;
  role: string;
  scope?: string | null;
}

export interface HttpAnswer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** A small JSON client that acts as a given person (through the identity headers). */
export function httpClient(baseUrl: string, as?: As) {
  async function call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer<T>> {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(as ? { 'x-user-id': as.id, 'x-user-role': as.role, ...(as.scope ? { 'x-user-scope': as.scope } : {}) } : {}),
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
  };
}
