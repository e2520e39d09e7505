import type { FilingStage, TaskKind } from '@makerspace/contracts';
import type { ReviewStage } from '@makerspace/policy';
import type { FilingProcedure } from './filing-procedure';

/**
 * One review stage with a single desk (preliminary review, re-review, on-site inspection): a task
 * is opened; a positive decision passes the stage; RETURN sends the application back to the
 * applicant and, once corrected, the same stage reviews it again (any number of times); REJECT ends it.
 */
export async function reviewStage(
  p: FilingProcedure,
  stage: FilingStage,
  kind: TaskKind,
  who: { role: string; scope: string | null },
): Promise<'PASSED' | 'ENDED'> {
  p.enterStage(stage);
  for (;;) {
    const d = await p.decisionOf(p.openTask(kind, stage, stage as ReviewStage, who));
    if (!d) return 'ENDED';
    if (d.outcome === 'REJECT') {
      p.reject(d.reasons, d.actor);
      return 'ENDED';
    }
    if (d.outcome !== 'RETURN') return 'PASSED';
    if (!(await p.correction(stage, d.reasons, d.actor))) return 'ENDED';
  }
}
