import type { SpaceRecord, SupervisedSpacesPage } from '@makerspace/contracts';
import { traceHeaders } from '@makerspace/events';

export interface SupervisedSpacesQuery {
  /** Spaces filed after this day are not yet evaluated for the year. */
  filedOnOrBefore: string;
  /** The cursor of the page (null for the first). */
  after: string | null;
  limit: number;
}

/**
 * What the supervision workflows read from the evaluation service, which keeps the record of
 * every filed space.
 */
export interface SpaceRecordActivities {
  /** A page of the ACTIVE spaces, in id order. */
  supervisedSpaces(query: SupervisedSpacesQuery): Promise<SupervisedSpacesPage>;
  /** The space record, or null when the evaluation service does not know the space. */
  spaceRecord(spaceId: string): Promise<SpaceRecord | null>;
}

/**
 * The space records over the evaluation service's HTTP API at `baseUrl`. The worker holds no
 * database of its own and reads no service's tables: it asks the service that owns the space
 * records. It calls as the worker's service account (`token`), in the activity's trace. A failed
 * call throws, and Temporal retries the activity until the service answers.
 */
export function spaceRecordActivities(baseUrl: string, token: () => Promise<string>): SpaceRecordActivities {
  async function get<T>(path: string): Promise<T | null> {
    const headers = { authorization: `Bearer ${await token()}`, ...traceHeaders() };
    const res = await fetch(`${baseUrl}${path}`, { headers, signal: AbortSignal.timeout(10_000) });
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`evaluation service answered ${res.status} to GET ${path}: ${await res.text()}`);
    return (await res.json()) as T;
  }
  return {
    async supervisedSpaces(q: SupervisedSpacesQuery) {
      const params = new URLSearchParams({
        status: 'ACTIVE',
        filedOnOrBefore: q.filedOnOrBefore,
        limit: String(q.limit),
        ...(q.after ? { after: q.after } : {}),
      });
      const page = await get<SupervisedSpacesPage>(`/spaces/supervised?${params}`);
      if (!page) throw new Error('the evaluation service has no /spaces/supervised');
      return page;
    },
    spaceRecord: (spaceId: string) => get<SpaceRecord>(`/spaces/${encodeURIComponent(spaceId)}`),
  };
}
