/**
 * Drives a service's outbox relay from start() to stop(): `step` runs again at once while it finds
 * work, otherwise after `idleMs`, or as soon as wake() is called (a wake while a step runs makes
 * the next one come at once). A step that throws counts as no work and is reported to `failed`,
 * except while stopping. stop() lets the step in hand finish.
 */
export class PollingLoop {
  private running?: Promise<void>;
  private stopping = false;
  private nudged = false;
  private wakeUp?: () => void;

  constructor(
    private readonly step: () => Promise<boolean>,
    private readonly idleMs: number,
    private readonly failed: (error: unknown) => void,
  ) {}

  start(): void {
    this.running = this.run();
  }

  wake(): void {
    this.nudged = true;
    this.wakeUp?.();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeUp?.();
    await this.running;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      this.nudged = false;
      let found = false;
      try {
        found = await this.step();
      } catch (e) {
        if (!this.stopping) this.failed(e);
      }
      if (!found && !this.nudged && !this.stopping) await this.pause();
    }
  }

  private pause(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, this.idleMs);
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
