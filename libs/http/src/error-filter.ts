import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ApiErrorBody, isUnavailable } from '@makerspace/contracts';

/** Seconds a client waits before it retries a 503. */
const RETRY_AFTER_S = '5';

/**
 * Answers every error in the one shape. A request the HTTP layer could not read (a body too large,
 * in an unknown charset or encoding) keeps the 4xx it was given. Errors we did not expect are
 * logged and answered 500 without internals; a dependency that is down (database, Temporal,
 * Kafka) answers 503 with Retry-After, so clients retry instead of giving up.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      // A 503 of ours (a procedure that did not answer in time) is retried like a dependency down.
      if (status === HttpStatus.SERVICE_UNAVAILABLE) res.setHeader('Retry-After', RETRY_AFTER_S);
      res.status(status).json(typeof body === 'object' && body && 'code' in body ? body : toBody(status, exception.message));
      return;
    }
    const refused = clientError(exception);
    if (refused) {
      res.status(refused.status).json(toBody(refused.status, refused.message));
      return;
    }
    if (isUnavailable(exception)) {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).setHeader('Retry-After', RETRY_AFTER_S).json(toBody(503, 'a service this request needs is unavailable; retry shortly'));
      return;
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    res.status(HttpStatus.INTERNAL_SERVER_ERROR).json(toBody(500, 'internal error'));
  }
}

function toBody(status: number, message: string): ApiErrorBody {
  const code = HttpStatus[status] ?? 'ERROR';
  return { code, message };
}

/**
 * An error of Express' body parsers (http-errors): a 4xx status, and `expose` set because its
 * message is meant for the client. Anything else is not the client's doing.
 */
function clientError(e: unknown): { status: number; message: string } | undefined {
  if (!(e instanceof Error)) return undefined;
  const { status, expose } = e as { status?: unknown; expose?: unknown };
  return typeof status === 'number' && status >= 400 && status < 500 && expose === true ? { status, message: e.message } : undefined;
}
