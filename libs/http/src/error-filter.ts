import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isUnavailable, PROBLEM_CONTENT_TYPE } from '@makerspace/contracts';
import { problemDocument, RaisedError } from './problem-document';

/** Seconds a client waits before it retries a 503. */
const RETRY_AFTER_S = '5';
/** The protection space a 401's challenge names (RFC 6750). */
const REALM = 'makerspace';

/**
 * Answers every error as a problem document (RFC 9457, see ./problem-document.ts). A request the
 * HTTP layer could not read (a body too large, in an unknown charset or encoding) keeps the 4xx it
 * was given. Errors we did not expect are logged and answered 500 without internals; a dependency
 * that is down (database, Temporal, Kafka) answers 503 with Retry-After, so clients retry instead
 * of giving up. A 401 carries the Bearer challenge.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const [status, raised] = this.reading(exception);
    answerProblem(http.getRequest<Request>(), http.getResponse<Response>(), status, raised);
  }

  private reading(exception: unknown): [number, RaisedError] {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      return [status, typeof body === 'object' && body && 'code' in body ? (body as RaisedError) : byStatus(status, exception.message)];
    }
    const refused = clientError(exception);
    if (refused) return [refused.status, byStatus(refused.status, refused.message)];
    if (isUnavailable(exception)) return [HttpStatus.SERVICE_UNAVAILABLE, byStatus(503, 'a service this request needs is unavailable; retry shortly')];
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return [HttpStatus.INTERNAL_SERVER_ERROR, byStatus(500, 'internal error')];
  }
}

/** Answer a request with the problem document of an error, and the headers its status calls for. */
function answerProblem(req: Request, res: Response, status: number, raised: RaisedError): void {
  if (status === HttpStatus.SERVICE_UNAVAILABLE) res.setHeader('Retry-After', RETRY_AFTER_S);
  if (status === HttpStatus.UNAUTHORIZED) res.setHeader('WWW-Authenticate', bearerChallenge(req.header('authorization') !== undefined, raised.message));
  res
    .status(status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify(problemDocument(status, raised, req.originalUrl ?? req.url)));
}

/**
 * RFC 6750 §3: a request that sent a token which did not verify is told `invalid_token` and why;
 * one that sent none is only told that a bearer token is needed here.
 */
function bearerChallenge(tokenSent: boolean, why: string): string {
  if (!tokenSent) return `Bearer realm="${REALM}"`;
  const description = why.replace(/[^\x20-\x7e]/g, '?').replace(/["\\]/g, "'");
  return `Bearer realm="${REALM}", error="invalid_token", error_description="${description}"`;
}

function byStatus(status: number, message: string): RaisedError {
  return { code: HttpStatus[status] ?? 'ERROR', message };
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
