import { HttpStatus } from '@nestjs/common';
import { ApiException, RequestActor, requireRole } from '@makerspace/http';
import type { Prisma } from '.prisma/intake-client';

/**
 * The applications a caller may find: an applicant its own organisations' (drafts too), a
 * district officer the submitted applications of its division (Art. 6(1)), the city every
 * submitted one. A district officer asking for another division is refused, naming the field,
 * rather than answered with an empty page that would read as "none there".
 */
export function searchScope(actor: RequestActor, division: string | undefined): Prisma.ApplicationWhereInput {
  requireRole(actor, 'applicant', 'district-officer', 'city-officer');
  if (actor.role === 'applicant') return { organisation: { ownerUserId: actor.id } };
  const submitted = { status: { not: 'DRAFT' } };
  if (actor.role === 'city-officer') return submitted;
  if (!actor.scope)
    throw new ApiException(HttpStatus.FORBIDDEN, 'NO_JURISDICTION', 'a district officer acts for a division: the scope claim of its token names it');
  if (division && division !== actor.scope) {
    throw new ApiException(HttpStatus.FORBIDDEN, 'OUT_OF_JURISDICTION', `a district officer of ${actor.scope} searches its own division only`, [
      { field: 'division', rule: 'jurisdiction', message: `${division} is not the division of this officer (${actor.scope})`, article: 'Art. 6(1)' },
    ]);
  }
  return { ...submitted, divisionCode: actor.scope };
}
