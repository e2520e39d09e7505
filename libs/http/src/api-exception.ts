import { HttpException, HttpStatus } from '@nestjs/common';
import type { ApiErrorBody, FieldIssue } from '@makerspace/contracts';

/** An error in the one shape every service answers with (see @makerspace/contracts ApiErrorBody). */
export class ApiException extends HttpException {
  constructor(status: HttpStatus, code: string, message: string, issues?: FieldIssue[]) {
    super({ code, message, ...(issues ? { issues } : {}) } satisfies ApiErrorBody, status);
  }
}

export const notFound = (what: string) => new ApiException(HttpStatus.NOT_FOUND, 'NOT_FOUND', `${what} not found`);
export const conflict = (code: string, message: string, issues?: FieldIssue[]) => new ApiException(HttpStatus.CONFLICT, code, message, issues);
export const unprocessable = (code: string, message: string, issues: FieldIssue[]) => new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, code, message, issues);
