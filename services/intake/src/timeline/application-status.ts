import type { EventEnvelope } from '@makerspace/contracts';

/**
 * The status and stage an application shows after a filing event (the workflow holds the truth;
 * this is its read model). `undefined` leaves them as they are. The applicant's own decisions
 * (submitted, resubmitted, withdrawn) are written by the request that made them, with their audit
 * entry (application-settlements.ts): their events go on the timeline only, so each status change
 * has one writer.
 */
export function statusAfter(event: EventEnvelope): { status?: string; stage?: string | null } | undefined {
  const p = event.payload as { stage?: string | null; to?: string };
  switch (event.type) {
    case 'application.advanced':
      return { status: 'IN_REVIEW', stage: p.to ?? null };
    case 'public-notice.opened':
      return { status: 'IN_REVIEW', stage: 'PUBLIC_NOTICE' };
    case 'application.returned':
      return { status: 'RETURNED', stage: p.stage ?? null };
    case 'application.rejected':
      return { status: 'REJECTED' };
    case 'application.disqualified':
      return { status: 'DISQUALIFIED' };
    case 'application.filed':
      return { status: 'FILED', stage: null };
    default:
      return undefined;
  }
}
