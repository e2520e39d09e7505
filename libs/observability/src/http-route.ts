/** The pieces of an Express request and response that observing it needs. */
export interface ObservedRequest {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  route?: { path?: string };
  baseUrl?: string;
}

export interface ObservedResponse {
  statusCode: number;
  setHeader(name: string, value: string): void;
  once(event: 'finish' | 'close', listener: () => void): void;
}

/**
 * The route pattern that answered (`/applications/:id/submit`), not the path, so metrics and
 * span names stay few; a request no route answered is `unmatched`.
 */
export function routeOf(req: ObservedRequest): string {
  const path = req.route?.path;
  return path ? `${req.baseUrl ?? ''}${path}` : 'unmatched';
}
