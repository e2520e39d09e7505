import type { Decisions } from './decisions';
import type { FilingRecord, StageEnd } from './filing-record';

/** The bureau director's office meeting approves (FILED, with the meeting record and filing number) or declines (REJECTED). */
export async function directorMeeting(record: FilingRecord, decisions: Decisions): Promise<StageEnd> {
  record.enterStage('DIRECTOR_MEETING');
  const d = await decisions.of(decisions.open('director-meeting'));
  if (!d) return 'ENDED';
  if (d.outcome === 'DECLINE') {
    record.reject(d.reasons, d.actor);
    return 'ENDED';
  }
  record.file(d.meeting!, d.actor);
  return 'PASSED';
}
