import path from 'node:path';
import { Worker } from '@temporalio/worker';
import { readCorpus, RecordedHistory } from '@makerspace/testing';
import { bundleWorkflows, WORKFLOW_BUNDLE_NAMES, WorkflowBundleName, workflowBundleEntry } from '../src/bundling/workflow-bundles';

/**
 * Every recorded history of the corpus (workflows/histories/, docs/workflows.md) replays against
 * the workflow bundles the worker runs today. A change to workflow code that would make a
 * procedure in flight produce other commands than its history recorded fails here, naming the
 * history and the first command that differs, instead of failing every such procedure after a
 * deploy.
 */
const corpus = readCorpus();
const entryOf = (name: WorkflowBundleName) => path.join(__dirname, '../src', `${workflowBundleEntry(name)}.ts`);
/** The workflow types each bundle holds: the names its entry module exports. */
const typesOf = async (name: WorkflowBundleName): Promise<string[]> => Object.keys((await import(entryOf(name))) as object);

describe('the recorded-history corpus', () => {
  const failures = new Map<string, string>();

  beforeAll(async () => {
    for (const name of WORKFLOW_BUNDLE_NAMES) {
      const types = new Set(await typesOf(name));
      const histories = corpus.filter((h) => types.has(h.workflowType));
      if (!histories.length) continue;
      const workflowBundle = await bundleWorkflows(entryOf(name));
      // Each history replays under its file's name: two recordings may share a workflow id
      // (`evaluation-2026` on two servers), and the replayer reports by the id it was given.
      const results = Worker.runReplayHistories(
        { workflowBundle, replayName: `corpus-${name}` },
        histories.map(({ file, history }) => ({ workflowId: file, history })),
      );
      for await (const result of results) {
        if (result.error) failures.set(result.workflowId, describeFailure(result.error));
      }
    }
  }, 300_000);

  it('holds at least one history of every workflow type the worker runs', async () => {
    const recorded = new Set(corpus.map((h) => h.workflowType));
    const types = (await Promise.all(WORKFLOW_BUNDLE_NAMES.map(typesOf))).flat();
    expect(types.filter((t) => !recorded.has(t))).toEqual([]);
  });

  it.each(corpus.map((h): [string, RecordedHistory] => [h.file, h]))('replays %s', (file, h) => {
    const failure = failures.get(file);
    if (failure) throw new Error(`${file} (${h.scenario}, recorded ${h.recordedOn} on the ${h.server}) does not replay: ${failure}`);
  });
});

/** The replayer's error names the kind (DeterminismViolationError) and the first command that differs. */
function describeFailure(error: Error): string {
  return `${error.name}: ${error.message}`;
}
