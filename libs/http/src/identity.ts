import type { NextFunction, Request, Response } from 'express';
import { isRole, RequestActor } from './actor';

/**
 * Puts the caller's identity on the request. In this mode the identity comes from the
 * `x-user-id`, `x-user-role` and `x-user-scope` headers set by a trusted gateway in front of the
 * services; a request without them is the anonymous public.
 */
export function trustedHeadersIdentity(req: Request & { actor?: RequestActor }, _res: Response, next: NextFunction): void {
  const id = req.header('x-user-id');
  const role = req.header('x-user-role');
  if (id && role && isRole(role)) req.actor = { id, role, scope: req.header('x-user-scope') ?? null };
  next();
}
