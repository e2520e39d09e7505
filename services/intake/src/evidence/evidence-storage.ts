/**
 * Where the bytes of evidence files are kept. Content-addressed: the key is the file's sha256,
 * so the same bytes are kept once however often they are uploaded, and a record's checksum is
 * also the way to its bytes. The default is the local disk; an object store fits the same shape.
 */
export abstract class EvidenceStorage {
  /** Keep `bytes` (whose sha256 is given) durably; the key to read them by. */
  abstract put(bytes: Buffer, sha256: string): Promise<string>;

  /** The bytes kept under `key`; fails if they are missing or no longer match their checksum. */
  abstract get(key: string): Promise<Buffer>;
}
