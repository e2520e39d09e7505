import { HttpStatus } from '@nestjs/common';
import { ApiException } from '@makerspace/http';
import type { UploadLimits, UploadRefusal } from './spooled-upload';

/** Each refused upload in the one error shape, naming the form field and the rule it broke. */
export function refusalAsHttp(refusal: UploadRefusal, limits: UploadLimits): ApiException {
  const field = limits.fileField;
  switch (refusal.kind) {
    case 'not-multipart': {
      const message = 'a file is sent as multipart/form-data';
      return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'VALIDATION_FAILED', message, [{ field, rule: 'multipart', message }]);
    }
    case 'too-large': {
      const message = `a file may have at most ${refusal.maxBytes} bytes`;
      return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, 'FILE_TOO_LARGE', message, [{ field, rule: 'maxBytes', message }]);
    }
    case 'truncated': {
      const message = 'the upload ended before the file and the form were complete; nothing was kept';
      return new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'the form is not valid', [{ field, rule: 'complete', message }]);
    }
    case 'no-file':
      return emptyFile(field);
    case 'too-many-files': {
      const message = 'one file is sent at a time';
      return new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'the form is not valid', [{ field, rule: 'oneFile', message }]);
    }
  }
}

export function emptyFile(field: string): ApiException {
  const message = `a non-empty file is required in the form field "${field}"`;
  return new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'the form is not valid', [{ field, rule: 'required', message }]);
}

export function typeNotAccepted(field: string, reason: string): ApiException {
  return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'FILE_TYPE_NOT_ACCEPTED', reason, [{ field, rule: 'fileType', message: reason }]);
}
