import type { SpaceRecord, SpaceRevokedNotice, SupervisedSpacesPage } from '@makerspace/contracts';

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

/**
 * Ending the space's other supervision workflows once it is revoked: every evaluation and change
 * of the space still open on its record, but the one that revoked it, gets the `spaceRevoked`
 * signal. Retried as a whole: a workflow already ended or closed ignores a repeat.
 */
export interface SupervisionEnding {
  endSupervisionOf(notice: SpaceRevokedNotice & { spaceId: string }): Promise<{ signalled: number }>;
}
