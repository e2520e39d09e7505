import type { ActingPerson, FilingStage, FilingState, Reason } from '@makerspace/contracts';
import { correctionWords, stageSchedule } from '@makerspace/policy';
import { endOf, morningOf, today, waitUntil } from '../kit/clock';
import type { FilingRecord } from './filing-record';

/**
 * Returned for correction (Art. 6): the applicant is reminded before the ruleset's correction
 * days run out and resubmits (the `resubmit` update); uncorrected by the date, the application is
 * rejected. True when it is back in review.
 */
export async function correction(record: FilingRecord, stage: FilingStage, reasons: Reason[], actor: ActingPerson): Promise<boolean> {
  const { state, ruleset, input } = record;
  const schedule = stageSchedule('CORRECTION', today(), ruleset);
  state.status = 'RETURNED';
  state.returnedAt = stage;
  state.correctBy = schedule.dueOn;
  record.outbox.raise('application.returned', { ...record.ref, stage, reasons, correctBy: schedule.dueOn }, { id: actor.id, role: actor.role });
  record.record(actor, 'returned', { reasons });
  const corrected = () => state.status !== 'RETURNED';
  const base = {
    taskId: `correction-${state.history.length}`,
    applicationId: input.applicationId,
    stage,
    assigneeRole: 'applicant',
    scope: input.applicantUserId,
    dueOn: schedule.dueOn,
  };
  for (const remindOn of schedule.remindOn) {
    if (await waitUntil(morningOf(remindOn), corrected)) break;
    record.outbox.raise('task.reminded', base);
  }
  if (!(await waitUntil(endOf(schedule.dueOn), corrected))) {
    const lapsed = correctionWords(schedule.dueOn);
    record.reject([{ text: `未按期补正：${lapsed.zh} / not corrected in time: ${lapsed.en}`, article: 'Art. 6' }], { id: 'filing-workflow', role: 'system' });
  }
  return (state.status as FilingState['status']) === 'IN_REVIEW';
}
