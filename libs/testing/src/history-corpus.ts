import fs from 'node:fs';
import path from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import { historyFromJSON, historyToJSON, type History } from '@temporalio/common/lib/proto-utils';

/**
 * The recorded-history corpus: real workflow histories under version control, each replayed
 * against the current workflow bundles by `workflows/test/replay.spec.ts` (docs/workflows.md,
 * Recorded histories). A history is the JSON Temporal's CLI and Web UI export
 * (`temporal workflow show --output json`), so a history downloaded from production joins the
 * corpus the same way; `manifest.json` says what each one is and where it was recorded.
 */
export const HISTORY_CORPUS_DIR = path.resolve(__dirname, '../../../workflows/histories');
const MANIFEST = path.join(HISTORY_CORPUS_DIR, 'manifest.json');

/** Which server recorded a history (see docs/workflows.md for why a path needs the second). */
export type RecordingServer = 'temporal-dev-server' | 'temporal-time-skipping-test-server';

export interface CorpusEntry {
  /** Path of the history file inside the corpus: `<workflowType>/<scenario>.json`. */
  file: string;
  workflowType: string;
  workflowId: string;
  /** What happened in the procedure, as an officer would say it. */
  scenario: string;
  server: RecordingServer;
  /** The SDK that ran the workflow when it was recorded, and the day. */
  sdkVersion: string;
  recordedOn: string;
}

export interface RecordedHistory extends CorpusEntry {
  history: History;
}

export function readManifest(): CorpusEntry[] {
  if (!fs.existsSync(MANIFEST)) return [];
  return JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as CorpusEntry[];
}

/** Every history of the corpus with its manifest entry, in manifest order. */
export function readCorpus(): RecordedHistory[] {
  return readManifest().map((entry) => ({
    ...entry,
    history: historyFromJSON(JSON.parse(fs.readFileSync(path.join(HISTORY_CORPUS_DIR, entry.file), 'utf8'))),
  }));
}

/**
 * Fetch a workflow's history from the server and write it into the corpus, replacing an earlier
 * recording of the same scenario. The manifest stays sorted by file, so a re-recording shows in
 * review as the files it changed.
 */
export async function recordHistory(
  handle: WorkflowHandle,
  entry: Omit<CorpusEntry, 'file' | 'workflowId' | 'workflowType' | 'recordedOn' | 'sdkVersion'> & { name: string },
): Promise<CorpusEntry> {
  const description = await handle.describe();
  const history = await handle.fetchHistory();
  const workflowType = description.type;
  const file = `${workflowType}/${entry.name}.json`;
  fs.mkdirSync(path.join(HISTORY_CORPUS_DIR, workflowType), { recursive: true });
  fs.writeFileSync(path.join(HISTORY_CORPUS_DIR, file), JSON.stringify(JSON.parse(historyToJSON(history)), null, 1) + '\n');
  const recorded: CorpusEntry = {
    file,
    workflowType,
    workflowId: handle.workflowId,
    scenario: entry.scenario,
    server: entry.server,
    sdkVersion: sdkVersion(),
    recordedOn: new Date().toISOString().slice(0, 10),
  };
  const manifest = readManifest().filter((e) => e.file !== file);
  manifest.push(recorded);
  manifest.sort((a, b) => a.file.localeCompare(b.file));
  fs.writeFileSync(MANIFEST, JSON.stringify(manifest, null, 2) + '\n');
  return recorded;
}

function sdkVersion(): string {
  return (JSON.parse(fs.readFileSync(require.resolve('@temporalio/worker/package.json'), 'utf8')) as { version: string }).version;
}
