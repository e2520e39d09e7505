import { As, HttpAnswer, signedIn } from '@makerspace/testing';

/** Send one evidence file as a multipart form, acting as `as`. */
export async function uploadEvidence<T = unknown>(
  baseUrl: string,
  as: As | undefined,
  applicationId: string,
  file: { bytes: Buffer; name: string; type?: string },
  kind = 'lease-or-title',
): Promise<HttpAnswer<T>> {
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }), file.name);
  const res = await fetch(`${baseUrl}/applications/${applicationId}/evidence`, {
    method: 'POST',
    headers: await signedIn(as),
    body: form,
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, headers: res.headers };
}

/** Download an evidence file's bytes, acting as `as`. */
export async function downloadEvidence(baseUrl: string, as: As, applicationId: string, evidenceId: string) {
  const res = await fetch(`${baseUrl}/applications/${applicationId}/evidence/${evidenceId}/content`, {
    headers: await signedIn(as),
  });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()), headers: res.headers };
}
