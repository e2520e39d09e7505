import path from 'node:path';

const MEGABYTE = 1024 * 1024;

/**
 * Limits and place of evidence files: EVIDENCE_MAX_BYTES (default 20 MB) bounds one upload, and
 * the local disk store keeps files under EVIDENCE_DIR (default .stack/data/evidence).
 */
export class EvidenceSettings {
  readonly maxBytes: number;
  readonly dir: string;

  constructor(env: NodeJS.ProcessEnv = process.env) {
    this.maxBytes = Number(env.EVIDENCE_MAX_BYTES ?? 20 * MEGABYTE);
    if (!Number.isSafeInteger(this.maxBytes) || this.maxBytes <= 0) throw new Error(`EVIDENCE_MAX_BYTES must be a positive number of bytes, not ${env.EVIDENCE_MAX_BYTES}`);
    this.dir = path.resolve(env.EVIDENCE_DIR ?? '.stack/data/evidence');
  }
}
