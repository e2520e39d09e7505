import { HttpStatus } from '@nestjs/common';
import type { Prisma } from '.prisma/review-client';
import { ApiException, RequestActor, requireRole } from '@makerspace/http';

/**
 * Only staff work here, and a district officer acts for one division (its scope): without one
 * it has no jurisdiction at all.
 */
export function requireStaff(actor: RequestActor): void {
  requireRole(actor, 'district-officer', 'city-officer', 'expert', 'meeting-secretary');
  if (actor.role === 'district-officer' && !actor.scope) {
    throw new ApiException(HttpStatus.FORBIDDEN, 'NO_JURISDICTION', 'a district officer acts for a division: the scope claim of its token names it');
  }
}

/**
 * The tasks on a person's desk: a district officer's division's (Art. 6(1)), an expert's own
 * assignments, the city's own tasks and every task escalated to it from any desk, the meeting
 * secretary's. Escalated tasks stay on the desk they came from as well.
 */
export function deskOf(actor: RequestActor): Prisma.TaskWhereInput {
  requireStaff(actor);
  switch (actor.role) {
    case 'district-officer':
      return { assigneeRole: 'district-officer', scope: actor.scope };
    case 'expert':
      return { assigneeRole: 'expert', assigneeId: actor.id };
    case 'city-officer':
      return { OR: [{ assigneeRole: 'city-officer' }, { escalated: true }] };
    default:
      return { assigneeRole: actor.role };
  }
}
