import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import type { FileStore } from './stores/file-store';
import { PREVIEWABLE_TYPES } from './types/file-types';

export interface StoredFileRecord {
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
}

/**
 * A kept file as the answer to a request, streamed from the store: `inline` (a preview the
 * browser shows, only for PDF and images) or as an attachment, with the record's type, length and
 * checksum (`Digest`-style header `X-Content-SHA256`). The bytes are checked against the checksum
 * as they pass; a file damaged in the store ends the response early instead of passing as whole.
 */
export async function sendStoredFile(store: FileStore, record: StoredFileRecord, res: Response, disposition: 'inline' | 'attachment'): Promise<StreamableFile> {
  const stream = await store.open(record.storageKey);
  const inline = disposition === 'inline' && PREVIEWABLE_TYPES.includes(record.contentType);
  if (inline) res.setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(record.fileName)}`);
  else res.attachment(record.fileName);
  res.setHeader('Content-Type', record.contentType);
  res.setHeader('X-Content-SHA256', record.sha256);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'private, no-store');
  return new StreamableFile(stream, { length: record.sizeBytes });
}
