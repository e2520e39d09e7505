import type { RequestActor } from '@makerspace/http';

/**
 * The inboxes a caller reads: its own (notices to its user id: an applicant's news, an expert's
 * scoring) and its desk's, addressed as notices are (`district-officer:210302`, `city-officer`).
 */
export function inboxesOf(actor: RequestActor): string[] {
  return [actor.id, actor.scope ? `${actor.role}:${actor.scope}` : actor.role];
}
