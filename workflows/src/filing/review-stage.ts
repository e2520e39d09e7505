import { correction } from './correction';
import type { Decisions } from './decisions';
import type { FilingRecord, StageEnd } from './filing-record';
import { FILING_TASKS } from './filing-tasks';

/**
 * One review stage with a single desk (preliminary review, re-review, on-site inspection): a task
 * is opened; a positive decision passes the stage; RETURN sends the application back to the
 * applicant and, once corrected, the same stage reviews it again (any number of times); REJECT ends it.
 */
export async function reviewStage(
  record: FilingRecord,
  decisions: Decisions,
  kind: 'preliminary-review' | 're-review' | 'on-site-inspection',
  who: { scope?: string } = {},
): Promise<StageEnd> {
  const { stage } = FILING_TASKS[kind];
  record.enterStage(stage);
  for (;;) {
    const d = await decisions.of(decisions.open(kind, who));
    if (!d) return 'ENDED';
    if (d.outcome === 'REJECT') {
      record.reject(d.reasons, d.actor);
      return 'ENDED';
    }
    if (d.outcome !== 'RETURN') return 'PASSED';
    if (!(await correction(record, stage, d.reasons, d.actor))) return 'ENDED';
  }
}
