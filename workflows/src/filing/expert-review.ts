import { condition } from '@temporalio/workflow';
import type { TaskView } from '@makerspace/contracts';
import type { Decisions } from './decisions';
import type { FilingRecord, StageEnd } from './filing-record';

const SYSTEM = { id: 'filing-workflow', role: 'system' };

/**
 * Expert review (Art. 6(4)): the city names a panel; each expert scores on its own or declares a
 * conflict, in which case the city names a substitute; when every seat has scored, the mean
 * decides against the ruleset's threshold. Scores are kept out of the shared history until the
 * panel is complete, so no expert sees another's score first.
 */
export async function expertReview(record: FilingRecord, decisions: Decisions): Promise<StageEnd> {
  record.enterStage('EXPERT_REVIEW');
  const { size, passMeanScore } = record.ruleset.procedure.expertPanel;
  const organise = decisions.open('organise-expert-review');
  const panel = await decisions.of(organise);
  if (!panel) return 'ENDED';

  const seats = record.state.panel;
  const scores = new Map<string, number>();
  const seat = (expertId: string) => {
    seats.push({ expertId, status: 'ASSIGNED' });
    void scoreSeat(expertId, decisions.open('expert-score', { assigneeId: expertId }));
  };

  async function scoreSeat(expertId: string, task: TaskView): Promise<void> {
    const d = await decisions.of(task);
    if (!d) return;
    const s = seats.find((x) => x.expertId === expertId)!;
    if (d.outcome === 'SCORE') {
      s.status = 'SCORED';
      scores.set(expertId, d.score!);
      return;
    }
    s.status = 'CONFLICT';
    const substitute = await decisions.of(decisions.open('assign-substitute'));
    if (substitute) seat(substitute.experts![0]);
  }

  for (const expertId of panel.experts!) seat(expertId);
  await condition(() => scores.size === size || record.ended());
  if (record.ended()) return 'ENDED';

  for (const s of seats) if (s.status === 'SCORED') s.score = scores.get(s.expertId);
  const mean = [...scores.values()].reduce((a, b) => a + b, 0) / size;
  record.record(SYSTEM, 'panel-scored', { detail: { scores: Object.fromEntries(scores), mean } });
  if (mean < passMeanScore) {
    record.reject([{ text: `the expert panel's mean score ${mean.toFixed(1)} is below ${passMeanScore}`, article: 'Art. 6(4)' }], SYSTEM);
    return 'ENDED';
  }
  return 'PASSED';
}
