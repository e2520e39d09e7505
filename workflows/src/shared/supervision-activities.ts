import type { SpaceRecord, SupervisedSpacesPage } from '@makerspace/contracts';

export interface SupervisedSpacesQuery {
  /** Spaces filed after this day are not yet evaluated for the year. */
  filedOnOrBefore: string;
  /** The cursor of the page (null for the first). */
  after: string | null;
  limit: number;
}

/**
 * What the supervision workflows read from the evaluation service, which keeps the record of
 * every filed space. Implemented over its HTTP API in the worker.
 */
export interface SupervisionActivities {
  /** A page of the ACTIVE spaces, in id order. */
  supervisedSpaces(query: SupervisedSpacesQuery): Promise<SupervisedSpacesPage>;
  /** The space record, or null when the evaluation service does not know the space. */
  spaceRecord(spaceId: string): Promise<SpaceRecord | null>;
}
