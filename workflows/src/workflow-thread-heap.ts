import v8 from 'node:v8';

/**
 * Bounds the heap of the workflow threads the Temporal workers create after this (a V8 flag is read
 * when an isolate is made; the process's own heap keeps its bound). V8's default bound is about 4 GiB
 * on a machine of 16 GiB or more, and a workflow thread let the garbage of workflows started, replayed
 * and evicted grow toward it (3.4 GB under the benchmark's load). The caches hold what a thread
 * keeps; this is its room for the rest (docs/benchmarks.md, "A lean worker").
 */
export function boundWorkflowThreadHeaps(mib: number) {
  v8.setFlagsFromString(`--max-old-space-size=${mib}`);
}
