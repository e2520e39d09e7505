import { createParamDecorator, ExecutionContext, HttpStatus } from '@nestjs/common';
import { Actor, ROLES, Role } from '@makerspace/contracts';
import { ApiException } from './api-exception';

/** The signed-in person: who, in which role, and the scope the role applies to (an
 *  organisation id for applicants, a division code for district officers). */
export interface RequestActor extends Actor {
  scope: string | null;
}

/**
 * Reads the actor a request acts as. The identity is put on the request by the authentication
 * middleware (`request.actor`); without one the request is anonymous (the public).
 */
export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): RequestActor => {
  const req = ctx.switchToHttp().getRequest<{ actor?: RequestActor }>();
  return req.actor ?? { id: 'anonymous', role: 'public', scope: null };
});

/**
 * Refuses a caller not in one of `roles`: 401 when it sent no token (it may have the role once
 * signed in), 403 when its token's role is not one of them.
 */
export function requireRole(actor: RequestActor, ...roles: Role[]): void {
  if (roles.includes(actor.role)) return;
  if (actor.role === 'public') {
    throw new ApiException(
      HttpStatus.UNAUTHORIZED,
      'UNAUTHENTICATED',
      `this action needs a signed-in ${roles.join(' or ')}: send "Authorization: Bearer <token>"`,
    );
  }
  throw new ApiException(HttpStatus.FORBIDDEN, 'FORBIDDEN', `this action needs the role ${roles.join(' or ')}`);
}

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
