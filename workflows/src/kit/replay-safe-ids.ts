import { workflowInfo } from '@temporalio/workflow';

/**
 * Ids a workflow gives what it creates (a review task, a filed space), the same on every replay:
 * derived from the run's id and a count, not from the workflow's random numbers. Those are also
 * drawn by the OpenTelemetry workflow interceptors in query handlers and update validators, which
 * a replay does not run again (temporalio/sdk-typescript#2023), so after a worker restart
 * `uuid4()` gave an open task another id than the one its `task.opened` event had published.
 */
export class ReplaySafeIds {
  private made = 0;

  /** A UUID (version 4 layout) for the next thing this run creates. */
  next(): string {
    this.made += 1;
    return uuidOf(`${workflowInfo().runId}:${this.made}`);
  }
}

/** 128 bits from four FNV-1a hashes of the name with different offsets, laid out as a UUID. */
function uuidOf(name: string): string {
  const hex = [0x811c9dc5, 0x01000193, 0x5bd1e995, 0x27d4eb2f].map((offset) => fnv1a(name, offset).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function fnv1a(text: string, offset: number): number {
  let hash = offset >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
