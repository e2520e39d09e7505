import { HttpStatus } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ApiException } from './api-exception';

/** What a request body may be: JSON, or a multipart form where a file is uploaded (evidence). */
const BODY_TYPES = ['application/json', 'multipart/form-data'];

/**
 * Refuses a body of any other type with 415 before it is read. Express would otherwise parse a
 * form-encoded body into an object that may pass validation as if it were JSON, and a body of an
 * unknown type would reach validation as an empty one.
 */
export function acceptedBodyTypes(req: Request, _res: Response, next: NextFunction): void {
  if (hasBody(req) && req.is(BODY_TYPES) === false) {
    next(new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNSUPPORTED_MEDIA_TYPE', `a request body must be ${BODY_TYPES.join(' or ')}; this one is ${req.header('content-type') ?? 'of no stated type'}`));
    return;
  }
  next();
}

/** A body is on its way unless the request says it has none (no length, or a length of 0). */
function hasBody(req: Request): boolean {
  return req.header('transfer-encoding') !== undefined || Number(req.header('content-length') ?? 0) > 0;
}
