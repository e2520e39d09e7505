import { stopAll } from './global-setup';

/** Stops the suite's own servers, whatever the scenario left running or stopped. */
export default async function globalTeardown(): Promise<void> {
  await stopAll();
}
