import { CallHandler, createParamDecorator, ExecutionContext, Injectable, mixin, NestInterceptor, Type } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { finalize, from, switchMap } from 'rxjs';
import { fileStoreSettingsOf } from '../stores/open-file-store';
import { discard, receiveUpload, SpooledUpload, UploadRefused } from './spooled-upload';
import { refusalAsHttp } from './upload-refusals';

type UploadRequest = IncomingMessage & { upload?: SpooledUpload; body?: unknown };

/**
 * Receives the request's multipart upload before the handler runs (after the guards, so nobody
 * without the right sends a byte to the disk): the file named `fileField` streamed to a temporary
 * file, hashed, counted and bounded by UPLOAD_MAX_BYTES. The handler takes it with
 * `@UploadedSpool()` and the form's other fields as its body; the temporary file is removed when the request is done, whatever happened.
 */
export function FileUpload(fileField = 'file'): Type<NestInterceptor> {
  @Injectable()
  class FileUploadInterceptor implements NestInterceptor {
    private readonly limits = { fileField, maxBytes: fileStoreSettingsOf().UPLOAD_MAX_BYTES };

    intercept(context: ExecutionContext, next: CallHandler) {
      const req = context.switchToHttp().getRequest<UploadRequest>();
      const received = receiveUpload(req, this.limits).catch((e: unknown) => {
        throw e instanceof UploadRefused ? refusalAsHttp(e.refusal, this.limits) : e;
      });
      return from(received).pipe(
        switchMap((upload) => {
          req.upload = upload;
          // The form's text fields are the body, so `@ValidBody(schema)` checks them as it checks JSON.
          req.body = upload.fields;
          return next.handle().pipe(finalize(() => void discard(upload)));
        }),
      );
    }
  }
  return mixin(FileUploadInterceptor);
}

/** The upload the FileUpload interceptor received. */
export const UploadedSpool = createParamDecorator((_data: unknown, context: ExecutionContext): SpooledUpload => {
  const upload = context.switchToHttp().getRequest<UploadRequest>().upload;
  if (!upload) throw new Error('no upload was received: the route needs @UseInterceptors(FileUpload())');
  return upload;
});
