import { As, downloadFile, HttpAnswer, uploadFile } from '@makerspace/testing';

/** Send one evidence file as a multipart form, acting as `as`. */
export function uploadEvidence<T = unknown>(
  baseUrl: string,
  as: As | undefined,
  applicationId: string,
  file: { bytes: Buffer; name: string; type?: string },
  kind = 'lease-or-title',
): Promise<HttpAnswer<T>> {
  return uploadFile<T>(`${baseUrl}/applications/${applicationId}/evidence`, as, file, { kind });
}

/** Download an evidence file's bytes, acting as `as`. */
export function downloadEvidence(baseUrl: string, as: As, applicationId: string, evidenceId: string) {
  return downloadFile(`${baseUrl}/applications/${applicationId}/evidence/${evidenceId}/content`, as);
}
