import { createHash } from 'node:crypto';
import { pipeline, Readable, Transform } from 'node:stream';

/**
 * Passes bytes through while hashing them, and fails the stream at its end when they do not hash
 * to `sha256`: a file changed or damaged in the store is never served as if it were the one kept.
 */
export function checksumGuard(sha256: string): Transform {
  const hash = createHash('sha256');
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done) {
      const found = hash.digest('hex');
      done(found === sha256 ? null : new Error(`the file kept under ${sha256} no longer matches its checksum (found ${found})`));
    },
  });
}

/** `source` read through a checksum guard; an error of the source fails the guarded stream too. */
export function guarded(source: Readable, sha256: string): Readable {
  return pipeline(source, checksumGuard(sha256), () => undefined);
}
