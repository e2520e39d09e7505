import { condition } from '@temporalio/workflow';
import type { TaskView } from '@makerspace/contracts';
import type { FilingProcedure } from './filing-procedure';

/**
 * Expert review (Art. 6(4)): the city names a panel; each expert scores on its own or declares a
 * conflict, in which case the city names a substitute; when every seat has scored, the mean
 * decides against the ruleset's threshold. Scores are kept out of the shared history until the
 * panel is complete, so no expert sees another's score first.
 */
export async function expertReview(p: FilingProcedure): Promise<'PASSED' | 'ENDED'> {
  const { size, passMeanScore } = p.ruleset.procedure.expertPanel;
  const organise = p.openTask('organise-expert-review', 'EXPERT_REVIEW', 'EXPERT_REVIEW', { role: 'city-officer' });
  const panel = await p.decisionOf(organise);
  if (!panel) return 'ENDED';

  const scores = new Map<string, number>();
  const seat = (expertId: string) => {
    p.state.panel.push({ expertId, status: 'ASSIGNED' });
    void scoreSeat(expertId, p.openTask('expert-score', 'EXPERT_REVIEW', 'EXPERT_REVIEW', { role: 'expert', assigneeId: expertId }));
  };

  async function scoreSeat(expertId: string, task: TaskView): Promise<void> {
    const d = await p.decisionOf(task);
    if (!d) return;
    const s = p.state.panel.find((x) => x.expertId === expertId)!;
    if (d.outcome === 'SCORE') {
      s.status = 'SCORED';
      scores.set(expertId, d.score!);
      return;
    }
    s.status = 'CONFLICT';
    const substitute = await p.decisionOf(p.openTask('assign-substitute', 'EXPERT_REVIEW', 'EXPERT_REVIEW', { role: 'city-officer' }));
    if (substitute) seat(substitute.experts![0]);
  }

  for (const expertId of panel.experts!) seat(expertId);
  await condition(() => scores.size === size || p.ended());
  if (p.ended()) return 'ENDED';

  for (const s of p.state.panel) if (s.status === 'SCORED') s.score = scores.get(s.expertId);
  const mean = [...scores.values()].reduce((a, b) => a + b, 0) / size;
  p.record({ id: 'filing-workflow', role: 'system' }, 'panel-scored', { detail: { scores: Object.fromEntries(scores), mean } });
  if (mean < passMeanScore) {
    p.reject([{ text: `the expert panel's mean score ${mean.toFixed(1)} is below ${passMeanScore}`, article: 'Art. 6(4)' }], { id: 'filing-workflow', role: 'system' });
    return 'ENDED';
  }
  return 'PASSED';
}
