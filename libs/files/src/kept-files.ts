import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FileStore } from './stores/file-store';
import { withFileBytes } from './types/byte-source';
import { checkFileType, FileType, FileTypeName, sniffFileType } from './types/file-types';
import type { SpooledUpload } from './upload/spooled-upload';
import { emptyFile, typeNotAccepted } from './upload/upload-refusals';

/** A file kept in the store, as a record describes it. */
export interface KeptFile {
  fileName: string;
  contentType: FileType;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
}

/**
 * Keep an upload that passes its checks: not empty (400), a type among `accepted` by its content
 * and not contradicting its declared type (415). The store is written only after the checks, so a
 * refused file leaves nothing in it; the record is the caller's to write once this resolves.
 */
export async function keepUpload(store: FileStore, upload: SpooledUpload, accepted: readonly FileTypeName[], field = 'file'): Promise<KeptFile> {
  const contentType = await checkUpload(upload, accepted, field);
  const storageKey = await store.keep({ path: upload.path, sha256: upload.sha256, sizeBytes: upload.sizeBytes, contentType });
  return { fileName: displayName(upload.fileName), contentType, sizeBytes: upload.sizeBytes, sha256: upload.sha256, storageKey };
}

/** An upload's checks without keeping it (a file sent only to be examined): not empty (400), a type among `accepted` by its content (415); resolves to that type. */
export async function checkUpload(upload: SpooledUpload, accepted: readonly FileTypeName[], field = 'file'): Promise<FileType> {
  if (upload.sizeBytes === 0) throw emptyFile(field);
  const found = await withFileBytes(upload.path, sniffFileType);
  const check = checkFileType(found, upload.declaredType, accepted);
  if (!check.accepted) throw typeNotAccepted(field, check.reason);
  return check.type;
}

/**
 * Keep a file the system made itself (a rendered official document): written to a temporary file
 * and kept from there like an upload, so both stores take it the one way; the temporary file is
 * removed whatever happened.
 */
export async function keepMadeFile(store: FileStore, bytes: Buffer, fileName: string, contentType: FileType): Promise<KeptFile> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'made-'));
  try {
    const file = path.join(folder, randomBytes(8).toString('hex'));
    await writeFile(file, bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const storageKey = await store.keep({ path: file, sha256, sizeBytes: bytes.length, contentType });
    return { fileName: displayName(fileName), contentType, sizeBytes: bytes.length, sha256, storageKey };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The file's own name without any folder, control characters or excess length. */
export function displayName(original: string, fallback = 'file'): string {
  const name = path
    .basename(original.replace(/\\/g, '/'))
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, 255);
  return name || fallback;
}
