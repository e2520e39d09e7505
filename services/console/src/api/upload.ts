import type { Session } from '../session/session';
import { ApiError } from './api-error';
import { credentialHeaders } from './credentials';

/**
 * Uploads one file as multipart (`file` beside the given text fields: an evidence's `kind`, a
 * document's `code`) and reports the share sent (0 to 1). XMLHttpRequest, because fetch does not
 * report an upload's progress.
 */
export function uploadFile<T>(
  url: string,
  file: File,
  fields: Record<string, string>,
  session: Session | null,
  onProgress: (share: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(credentialHeaders(session))) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let body: unknown = xhr.responseText;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON: keep the text */
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(body as T);
      } else reject(ApiError.from(xhr.status, body));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', 'the upload did not reach the service'));
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', file);
    xhr.send(form);
  });
}
