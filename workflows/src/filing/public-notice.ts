import { condition } from '@temporalio/workflow';
import type { TaskView } from '@makerspace/contracts';
import { endOf, waitUntil } from '../kit/clock';
import type { Decisions } from './decisions';
import type { FilingRecord, StageEnd } from './filing-record';

/**
 * Public notice (Art. 6(4)): the result is published for the ruleset's number of calendar days;
 * objections lodged meanwhile each open a city task. The application moves on only when the
 * period is over and every objection is resolved; an upheld objection ends it (rejected or
 * disqualified, as the officer decides).
 */
export async function publicNotice(record: FilingRecord): Promise<StageEnd> {
  record.enterStage('PUBLIC_NOTICE');
  record.openPublicNotice();
  const notice = record.state.notice!;
  await waitUntil(endOf(notice.until), () => record.ended());
  await condition(() => record.ended() || notice.objections.every((o) => o.status !== 'OPEN'));
  return record.ended() ? 'ENDED' : 'PASSED';
}

/** The city's decision on one objection (its task opened when it was lodged): dismissed, or upheld to reject or disqualify. */
export async function resolveObjection(record: FilingRecord, decisions: Decisions, objectionId: string, task: TaskView): Promise<void> {
  const d = await decisions.of(task);
  if (!d) return;
  const objection = record.state.notice!.objections.find((x) => x.objectionId === objectionId)!;
  objection.status = d.outcome === 'DISMISS' ? 'DISMISSED' : 'UPHELD';
  record.outbox.raise(
    'objection.resolved',
    {
      applicationId: record.input.applicationId,
      objectionId,
      outcome: d.outcome === 'DISMISS' ? 'DISMISSED' : 'UPHELD',
      reasons: d.reasons.length ? d.reasons : [{ text: '异议不成立 / the objection is dismissed' }],
    },
    { id: d.actor.id, role: d.actor.role },
  );
  if (d.outcome === 'UPHOLD_REJECT') record.reject(d.reasons, d.actor);
  if (d.outcome === 'UPHOLD_DISQUALIFY') record.disqualify(d.reasons, d.actor);
}
