/**
 * Run `stop` once when the process is asked to end (SIGTERM from an orchestrator, SIGINT from a
 * terminal), then exit: 0 when everything stopped cleanly, 1 when stopping failed. A second signal
 * while stopping exits at once.
 */
export function onTermination(stop: () => Promise<void>, log: (message: string, error?: unknown) => void): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) {
      log(`${signal} again while stopping: exiting now`);
      process.exit(1);
    }
    stopping = true;
    log(`${signal} received: stopping`);
    stop().then(
      () => {
        log('stopped');
        process.exit(0);
      },
      (e: unknown) => {
        log('stopping failed', e);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', handle);
  process.on('SIGINT', handle);
}
