import { WorkflowNotFoundError } from '@temporalio/client';
import { spaceChangeWorkflowId, spaceEvaluationWorkflowId, spaceRevoked } from '@makerspace/contracts';
import type { TemporalGateway } from '@makerspace/temporal';
import type { SupervisionActivities, SupervisionEnding } from './supervision-activities';

/** Where a workflow's decision cannot be undone: nothing left to end. */
const DECIDED = new Set(['CONFIRMED', 'APPROVED', 'REVOKED', 'ENDED']);

/**
 * Signals the space's open evaluations and changes, as its record lists them, that the space was
 * revoked. A workflow that has closed meanwhile is skipped; one that is open decides for itself
 * (a result already confirmed or a change already decided stays as it is).
 */
export function supervisionEnding(temporal: TemporalGateway, records: Pick<SupervisionActivities, 'spaceRecord'>): SupervisionEnding {
  return {
    async endSupervisionOf({ spaceId, ...notice }) {
      const record = await records.spaceRecord(spaceId);
      if (!record) return { signalled: 0 };
      const ids = [
        ...record.evaluations.filter((e) => !DECIDED.has(e.status)).map((e) => spaceEvaluationWorkflowId(e.year, spaceId)),
        ...record.changes.filter((c) => !DECIDED.has(c.status)).map((c) => spaceChangeWorkflowId(spaceId, c.changeId)),
      ].filter((id) => id !== notice.revokedBy);
      const client = await temporal.client();
      let signalled = 0;
      for (const id of ids) {
        try {
          await client.workflow.getHandle(id).signal(spaceRevoked, notice);
          signalled += 1;
        } catch (e) {
          if (!(e instanceof WorkflowNotFoundError)) throw e;
        }
      }
      return { signalled };
    },
  };
}
