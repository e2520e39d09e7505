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
  if (upload.sizeBytes === 0) throw emptyFile(field);
  const found = await withFileBytes(upload.path, sniffFileType);
  const check = checkFileType(found, upload.declaredType, accepted);
  if (!check.accepted) throw typeNotAccepted(field, check.reason);
  const storageKey = await store.keep({ path: upload.path, sha256: upload.sha256, sizeBytes: upload.sizeBytes, contentType: check.type });
  return { fileName: displayName(upload.fileName), contentType: check.type, sizeBytes: upload.sizeBytes, sha256: upload.sha256, storageKey };
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
