import { Worker } from 'node:worker_threads';
import { boundWorkflowThreadHeaps } from './workflow-thread-heap';

const heapLimitOfANewThread = () =>
  new Promise<number>((resolve, reject) => {
    const thread = new Worker("require('node:worker_threads').parentPort.postMessage(require('node:v8').getHeapStatistics().heap_size_limit)", { eval: true });
    thread.once('message', (limit: number) => void thread.terminate().then(() => resolve(limit / 2 ** 20)));
    thread.once('error', reject);
  });

describe('the workflow threads’ heap', () => {
  it('is bounded for threads made after the bound is set, as the SDK makes its workflow threads', async () => {
    boundWorkflowThreadHeaps(160);
    const limit = await heapLimitOfANewThread();
    // V8 adds the young generation's room to the old space's bound.
    expect(limit).toBeGreaterThanOrEqual(160);
    expect(limit).toBeLessThan(260);
  });
});
