import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';

/** An uploaded file as received: spooled to a temporary file while it arrived, hashed and counted on the way. */
export interface SpooledUpload {
  /** The temporary file; removed by `discard` (the upload interceptor does it after the request). */
  path: string;
  sizeBytes: number;
  sha256: string;
  /** The name the client gave, as sent (a display name is made from it when kept). */
  fileName: string;
  /** The type the client declared; only a hint, the content decides. */
  declaredType: string;
  /** The form's text fields. */
  fields: Record<string, string>;
}

export interface UploadLimits {
  /** The form field that carries the file. */
  fileField: string;
  maxBytes: number;
}

/** Why an upload could not be received; the interceptor answers each with its status and the field. */
export type UploadRefusal =
  { kind: 'not-multipart' } | { kind: 'too-large'; maxBytes: number } | { kind: 'truncated' } | { kind: 'no-file' } | { kind: 'too-many-files' };

export class UploadRefused extends Error {
  constructor(readonly refusal: UploadRefusal) {
    super(`upload refused: ${refusal.kind}`);
  }
}

/**
 * Receive a multipart upload as a stream: the file goes straight to a temporary file (never whole
 * in memory) through a hash and a byte count; past `maxBytes` the reading stops and the upload is
 * refused. A body that ends early (a dropped connection, a form cut short) is refused as
 * truncated. Whatever is refused leaves no temporary file behind.
 */
export async function receiveUpload(req: IncomingMessage, limits: UploadLimits): Promise<SpooledUpload> {
  if (!/^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '')) throw new UploadRefused({ kind: 'not-multipart' });
  const spool = path.join(os.tmpdir(), `upload-${randomUUID()}`);
  try {
    return await spoolForm(req, limits, spool);
  } catch (e) {
    await fs.rm(spool, { force: true });
    throw e;
  }
}

function spoolForm(req: IncomingMessage, limits: UploadLimits, spool: string): Promise<SpooledUpload> {
  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {};
    let file: Promise<Omit<SpooledUpload, 'fields'>> | undefined;
    let settled = false;
    const fail = (refusal: UploadRefusal | Error) => {
      if (settled) return;
      settled = true;
      req.unpipe(form);
      // The rest of the body is read and dropped, so the client can read the answer.
      req.resume();
      reject(refusal instanceof Error ? refusal : new UploadRefused(refusal));
    };
    let form: busboy.Busboy;
    try {
      form = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        // busboy stops at its limit and counts reaching it as too much: one byte more tells a file of exactly maxBytes from a larger one.
        limits: { fileSize: limits.maxBytes + 1, files: 1, fields: 10, fieldSize: 4096 },
      });
    } catch {
      reject(new UploadRefused({ kind: 'not-multipart' }));
      return;
    }
    form.on('field', (name, value) => (fields[name] = value));
    form.on('file', (name, stream, info) => {
      if (name !== limits.fileField || file) {
        stream.resume();
        return;
      }
      file = spoolFile(stream, spool, info, limits.maxBytes).catch((e: unknown) => {
        // busboy ends a file part cut short with an error of its own: the form was truncated.
        throw e instanceof UploadRefused || !/^Unexpected end of/.test((e as Error).message) ? e : new UploadRefused({ kind: 'truncated' });
      });
      file.catch((e: unknown) => fail(e as Error));
    });
    form.on('filesLimit', () => fail({ kind: 'too-many-files' }));
    form.on('error', () => fail({ kind: 'truncated' }));
    form.on('close', () => {
      if (settled) return;
      if (!file) return fail({ kind: 'no-file' });
      file.then(
        (received) => {
          if (settled) return;
          settled = true;
          resolve({ ...received, fields });
        },
        (e: unknown) => fail(e as Error),
      );
    });
    req.on('aborted', () => fail({ kind: 'truncated' }));
    req.pipe(form);
  });
}

async function spoolFile(
  stream: NodeJS.ReadableStream & { truncated?: boolean },
  spool: string,
  info: busboy.FileInfo,
  maxBytes: number,
): Promise<Omit<SpooledUpload, 'fields'>> {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  let overLimit = false;
  stream.on('limit', () => (overLimit = true));
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      sizeBytes += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(stream, count, createWriteStream(spool, { flags: 'wx' }));
  if (overLimit || stream.truncated) throw new UploadRefused({ kind: 'too-large', maxBytes });
  return { path: spool, sizeBytes, sha256: hash.digest('hex'), fileName: info.filename ?? '', declaredType: info.mimeType ?? '' };
}

/** Remove an upload's temporary file. */
export async function discard(upload: SpooledUpload): Promise<void> {
  await fs.rm(upload.path, { force: true });
}
