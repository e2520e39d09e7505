import { z } from 'zod';
import { Decision, Reason } from '@makerspace/contracts';
import { requireReasons } from '../validation/reasons-required';

/** The meeting as the workflow's decision names it: its id and the date it was held. */
const MeetingRef = Decision.shape.meeting.unwrap().pick({ meetingId: true, heldOn: true });

export const MeetingItem = z.object({
  applicationId: z.uuid(),
  taskId: z.uuid(),
  decision: z.enum(['APPROVE', 'DECLINE']),
  reasons: z.array(Reason).max(50).default([]),
});
export type MeetingItem = z.infer<typeof MeetingItem>;

/**
 * A director's office meeting record (局长办公会议纪要): the applications put before the meeting,
 * each approved (filed, with a filing number) or declined with its reasons (Art. 6(4)).
 */
export const MeetingRecord = MeetingRef.extend({ decisions: z.array(MeetingItem).min(1).max(200) })
  .superRefine((m, ctx) => {
    const seen = new Set<string>();
    m.decisions.forEach((d, i) => {
      if (d.decision === 'DECLINE') requireReasons(ctx, d.reasons, 'a DECLINE decision', 'Art. 6', ['decisions', i, 'reasons']);
      if (seen.has(d.applicationId))
        ctx.addIssue({ code: 'custom', path: ['decisions', i, 'applicationId'], message: 'an application is decided once in a meeting record' });
      seen.add(d.applicationId);
    });
  })
  .meta({ id: 'MeetingRecord' });
export type MeetingRecord = z.infer<typeof MeetingRecord>;
