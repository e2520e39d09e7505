import type { TestWorkflowEnvironment } from '@temporalio/testing';

/** A stack of the real system that runs on the Temporal server it is given. */
export interface RecordingStack {
  start(suite: string, environment: () => Promise<TestWorkflowEnvironment>): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The recordings of one procedure on one server: a stack of the system on that server, started
 * before the first recording and stopped after the last. One file holds one server's recordings,
 * so a file's stack and settings never meet another server's.
 */
export function recordingsOn<S extends RecordingStack>(
  what: string,
  server: string,
  environment: () => Promise<TestWorkflowEnvironment>,
  stack: S,
  recordings: (stack: S) => void,
): void {
  describe(`${what} histories on the ${server}`, () => {
    beforeAll(() => stack.start(`histories-${what}-${server.replace(/ /g, '-')}`, environment), 180_000);
    afterAll(() => stack.stop());
    recordings(stack);
  });
}

export const reasons = (text: string, article?: string) => [{ text, ...(article ? { article } : {}) }];
