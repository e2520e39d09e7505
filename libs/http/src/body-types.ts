import { HttpStatus } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ApiException } from './api-exception';

/** What a request body may be: JSON, or a multipart form where a file is uploaded (evidence). */
const BODY_TYPES = ['application/json', 'multipart/form-data'];
const UTF_8 = ['utf-8', 'utf8'];

/**
 * Refuses with 415, before it is read, a body of another type, or JSON in another charset than
 * UTF-8 (the only one JSON is exchanged in). Express would otherwise parse a form-encoded body
 * into an object that may pass validation as if it were JSON, and decode JSON declared as UTF-7
 * into other text than was meant, which validation cannot tell.
 */
export function acceptedBodyTypes(req: Request, _res: Response, next: NextFunction): void {
  if (!hasBody(req)) return next();
  const type = req.header('content-type');
  if (req.is(BODY_TYPES) === false) return next(unsupported(`a request body must be ${BODY_TYPES.join(' or ')}; this one is ${type ?? 'of no stated type'}`));
  const charset = /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(type ?? '')?.[1]?.toLowerCase();
  if (req.is('application/json') && charset !== undefined && !UTF_8.includes(charset))
    return next(unsupported(`a JSON body must be UTF-8; this one is ${charset}`));
  next();
}

/** A body is on its way unless the request says it has none (no length, or a length of 0). */
function hasBody(req: Request): boolean {
  return req.header('transfer-encoding') !== undefined || Number(req.header('content-length') ?? 0) > 0;
}

const unsupported = (message: string) => new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNSUPPORTED_MEDIA_TYPE', message);
