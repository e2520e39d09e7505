import { FAULT_SERVERS, stopServer } from './fault-servers';

/** Stops the suite's own servers, whatever the scenarios left running or stopped. */
export default async function globalTeardown(): Promise<void> {
  await Promise.all(FAULT_SERVERS.map(stopServer));
}
