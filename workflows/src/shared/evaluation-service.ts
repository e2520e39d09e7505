import type { SpaceRecord, SupervisedSpacesPage } from '@makerspace/contracts';
import { traceHeaders } from '@makerspace/events';
import type { SupervisedSpacesQuery, SupervisionActivities } from './supervision-activities';

/** Where the evaluation service answers: EVALUATION_URL, or the local port. */
export const evaluationServiceUrl = (env: NodeJS.ProcessEnv = process.env) => env.EVALUATION_URL ?? `http://127.0.0.1:${env.EVALUATION_PORT ?? 3003}`;

/**
 * The supervision activities over the evaluation service's HTTP API. The worker holds no database
 * of its own and reads no service's tables: it asks the service that owns the space records.
 * It calls as the worker's service account (`token`), in the activity's trace. A failed call throws,
 * and Temporal retries the activity until the service answers.
 */
export function evaluationServiceActivities(baseUrl: () => string, token: () => Promise<string>): SupervisionActivities {
  async function get<T>(path: string): Promise<T | null> {
    const headers = { authorization: `Bearer ${await token()}`, ...traceHeaders() };
    const res = await fetch(`${baseUrl()}${path}`, { headers, signal: AbortSignal.timeout(10_000) });
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`evaluation service answered ${res.status} to GET ${path}: ${await res.text()}`);
    return (await res.json()) as T;
  }
  return {
    async supervisedSpaces(q: SupervisedSpacesQuery) {
      const params = new URLSearchParams({ status: 'ACTIVE', filedOnOrBefore: q.filedOnOrBefore, limit: String(q.limit), ...(q.after ? { after: q.after } : {}) });
      const page = await get<SupervisedSpacesPage>(`/spaces/supervised?${params}`);
      if (!page) throw new Error('the evaluation service has no /spaces/supervised');
      return page;
    },
    spaceRecord: (spaceId: string) => get<SpaceRecord>(`/spaces/${encodeURIComponent(spaceId)}`),
  };
}
