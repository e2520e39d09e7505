import { condition } from '@temporalio/workflow';
import { endOf, waitUntil } from './filing-clock';
import type { FilingProcedure } from './filing-procedure';

/**
 * Public notice (Art. 6(4)): the result is published for the ruleset's number of calendar days;
 * objections lodged meanwhile each open a city task. The application moves on only when the
 * period is over and every objection is resolved; an upheld objection ends it (rejected or
 * disqualified, as the officer decides).
 */
export async function publicNotice(p: FilingProcedure): Promise<'PASSED' | 'ENDED'> {
  p.enterStage('PUBLIC_NOTICE');
  p.openPublicNotice();
  const notice = p.state.notice!;
  await waitUntil(endOf(notice.until), () => p.ended());
  await condition(() => p.ended() || notice.objections.every((o) => o.status !== 'OPEN'));
  return p.ended() ? 'ENDED' : 'PASSED';
}
