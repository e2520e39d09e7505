import path from 'node:path';
import type { ProcessSettings } from '@makerspace/config';

/**
 * Limits and place of evidence files, from the service's checked settings: EVIDENCE_MAX_BYTES
 * bounds one upload, and the local disk store keeps files under EVIDENCE_DIR.
 */
export class EvidenceSettings {
  readonly maxBytes: number;
  readonly dir: string;

  constructor(settings: Pick<ProcessSettings<'intake'>, 'EVIDENCE_MAX_BYTES' | 'EVIDENCE_DIR'>) {
    this.maxBytes = settings.EVIDENCE_MAX_BYTES;
    this.dir = path.resolve(settings.EVIDENCE_DIR);
  }
}
