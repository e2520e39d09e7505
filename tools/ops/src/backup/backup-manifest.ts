import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseContents } from './database-contents';
import type { ArchivedMessage } from './kafka-archive';

/** What a backup folder holds (`manifest.json`), and what a restore checks it restored. */
export interface BackupManifest {
  takenAt: string;
  /** How long the procedures were paused (Temporal's dev server stopped) for a consistent cut. */
  pausedMs: number;
  databases: Record<string, DatabaseContents & { file: string }>;
  temporal: { file: string; sha256: string; workflows: number };
  kafka: { file: string; unhandled: number; deadLetters: number };
}

export const MANIFEST = 'manifest.json';
export const TEMPORAL_STORE = 'temporal.db';
export const KAFKA_MESSAGES = 'kafka-messages.jsonl';

export function writeManifest(dir: string, manifest: BackupManifest): void {
  fs.writeFileSync(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}

export function readManifest(dir: string): BackupManifest {
  const file = path.join(dir, MANIFEST);
  if (!fs.existsSync(file)) throw new Error(`${dir} holds no backup (no ${MANIFEST})`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as BackupManifest;
}

export function writeMessages(dir: string, messages: ArchivedMessage[]): void {
  fs.writeFileSync(path.join(dir, KAFKA_MESSAGES), messages.map((m) => `${JSON.stringify(m)}\n`).join(''));
}

export function readMessages(dir: string): ArchivedMessage[] {
  return fs
    .readFileSync(path.join(dir, KAFKA_MESSAGES), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ArchivedMessage);
}

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
