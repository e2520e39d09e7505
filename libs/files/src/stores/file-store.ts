import type { Readable } from 'node:stream';

/** What a store is given to keep: a file on the local disk (a spooled upload, a rendered document) and what is known of it. */
export interface FileToKeep {
  /** The file's path on the local disk; read as a stream, never whole. */
  path: string;
  sha256: string;
  sizeBytes: number;
  contentType: string;
}

/**
 * Where the bytes of every file are kept (evidence, attachments, official documents).
 * Content-addressed: a file is kept under its sha256, so the same bytes are kept once however
 * often they arrive, a record's checksum is also the way to its bytes, and a file once kept is
 * never changed. Two stores fit it: an S3 API (the default; the local stack's object store or any
 * S3 in production) and the local disk.
 */
export abstract class FileStore {
  /** Keep the file durably and whole (a reader never sees part of it); resolves to its key, its sha256. */
  abstract keep(file: FileToKeep): Promise<string>;

  /** The bytes kept under `key` as a stream that fails at its end if they no longer match their checksum; rejects if nothing is kept there. */
  abstract open(key: string): Promise<Readable>;

  /** Whether bytes are kept under `key`. */
  abstract has(key: string): Promise<boolean>;

  /** Prepare the store at start (the bucket of an object store); nothing to do on a disk. */
  abstract prepare(): Promise<void>;
}

/** A file that is not in the store (a record whose bytes went missing): the caller answers it as a fault, never as "no such record". */
export class FileMissing extends Error {
  constructor(readonly key: string) {
    super(`no file is kept under ${key}`);
  }
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Keys are sha256 digests in hex: nothing else is accepted, so a key never names a path or prefix of its own. */
export function assertKey(key: string): string {
  if (!SHA256_HEX.test(key)) throw new Error(`not a sha256 key: ${key}`);
  return key;
}
