import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus, PayloadTooLargeException } from '@nestjs/common';
import type { Response } from 'express';
import type { ApiErrorBody } from '@makerspace/contracts';
import { EvidenceSettings } from './evidence-settings';

/** An upload over the size limit, refused by multer while it reads, answered in the one error shape with the limit. */
@Catch(PayloadTooLargeException)
export class EvidenceTooLargeFilter implements ExceptionFilter {
  constructor(private readonly settings: EvidenceSettings) {}

  catch(_exception: PayloadTooLargeException, host: ArgumentsHost): void {
    const message = `an evidence file may have at most ${this.settings.maxBytes} bytes`;
    const body: ApiErrorBody = { code: 'EVIDENCE_TOO_LARGE', message, issues: [{ field: 'file', rule: 'maxBytes', message }] };
    host.switchToHttp().getResponse<Response>().status(HttpStatus.PAYLOAD_TOO_LARGE).json(body);
  }
}
