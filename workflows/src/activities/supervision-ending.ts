import { WorkflowNotFoundError } from '@temporalio/client';
import { spaceChangeWorkflowId, spaceEvaluationWorkflowId, spaceRevoked, type SpaceRevokedNotice } from '@makerspace/contracts';
import type { TemporalGateway } from '@makerspace/temporal';
import type { SpaceRecordActivities } from './space-records';

/**
 * Ending the space's other supervision workflows once it is revoked: every evaluation and change
 * of the space still open on its record, but the one that revoked it, gets the `spaceRevoked`
 * signal. Retried as a whole: a workflow already ended or closed ignores a repeat.
 */
export interface SupervisionEndingActivities {
  endSupervisionOf(notice: SpaceRevokedNotice & { spaceId: string }): Promise<{ signalled: number }>;
}

/** Where a workflow's decision cannot be undone: nothing left to end. */
const DECIDED = new Set(['CONFIRMED', 'APPROVED', 'REVOKED', 'ENDED']);

/**
 * Signals the space's open evaluations and changes, as its record lists them, that the space was
 * revoked. A workflow that has closed meanwhile is skipped; one that is open decides for itself
 * (a result already confirmed or a change already decided stays as it is).
 */
export function supervisionEndingActivities(temporal: TemporalGateway, records: Pick<SpaceRecordActivities, 'spaceRecord'>): SupervisionEndingActivities {
  return {
    async endSupervisionOf({ spaceId, ...notice }) {
      const record = await records.spaceRecord(spaceId);
      if (!record) return { signalled: 0 };
      const ids = [
        ...record.evaluations.filter((e) => !DECIDED.has(e.status)).map((e) => spaceEvaluationWorkflowId(e.year, spaceId)),
        ...record.changes.filter((c) => !DECIDED.has(c.status)).map((c) => spaceChangeWorkflowId(spaceId, c.changeId)),
      ].filter((id) => id !== notice.revokedBy);
      let signalled = 0;
      for (const id of ids) {
        try {
          await temporal.signal(id, spaceRevoked, notice);
          signalled += 1;
        } catch (e) {
          if (!(e instanceof WorkflowNotFoundError)) throw e;
        }
      }
      return { signalled };
    },
  };
}
