import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import type { ApiErrorBody } from '@makerspace/contracts';

/**
 * Answers every error in the one shape. Errors we did not expect are logged and answered 500
 * without internals; a dependency that is down (database, Temporal, Kafka) answers 503 with
 * Retry-After, so clients retry instead of giving up.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      res.status(status).json(typeof body === 'object' && body && 'code' in body ? body : toBody(status, exception.message));
      return;
    }
    if (isUnavailable(exception)) {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).setHeader('Retry-After', '5').json(toBody(503, 'a service this request needs is unavailable; retry shortly'));
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

const UNAVAILABLE = /Failed to connect before the deadline|ECONNREFUSED|ECONNRESET|ETIMEDOUT|Connection terminated|Can't reach database|connect ECONN|UNAVAILABLE|14 UNAVAILABLE|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded|timeout exceeded when trying to connect/i;

function isUnavailable(e: unknown): boolean {
  const text = e instanceof Error ? `${e.name} ${e.message} ${String((e as { cause?: unknown }).cause ?? '')}` : String(e);
  return UNAVAILABLE.test(text);
}
