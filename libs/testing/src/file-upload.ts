import type { As } from './as';
import { signedIn } from './sign-in';
import type { HttpAnswer } from './http-client';

/** Send one file as a multipart form (the file in `file`, beside the given text fields), acting as `as`. */
export async function uploadFile<T = unknown>(
  url: string,
  as: As | undefined,
  file: { bytes: Buffer; name: string; type?: string },
  fields: Record<string, string> = {},
): Promise<HttpAnswer<T>> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/octet-stream' }), file.name);
  const res = await fetch(url, { method: 'POST', headers: await signedIn(as), body: form });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, headers: res.headers };
}

/** Download a file's bytes, acting as `as` (or as the public when `as` is undefined). */
export async function downloadFile(url: string, as: As | undefined) {
  const res = await fetch(url, { headers: await signedIn(as) });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()), headers: res.headers };
}

/** A multipart body holding `fields` and one file, as a browser sends it; cut it to make a truncated upload. */
export function multipartBody(file: { bytes: Buffer; name: string; type?: string }, fields: Record<string, string> = {}, boundary = 'makerspace-boundary') {
  const parts = Object.entries(fields).map(([name, value]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
  );
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
  );
  const body = Buffer.concat([...parts, head, file.bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Post a prepared multipart body (complete or cut short), acting as `as`. */
export async function postMultipart<T = unknown>(url: string, as: As | undefined, body: Buffer, contentType: string): Promise<HttpAnswer<T>> {
  const res = await fetch(url, { method: 'POST', headers: { ...(await signedIn(as)), 'content-type': contentType }, body: new Uint8Array(body) });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, headers: res.headers };
}
