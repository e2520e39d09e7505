import { startRecordingServer } from './recording-server';

/** The recordings' own Temporal dev server, empty; global-teardown.ts stops it. */
export default async function globalSetup(): Promise<void> {
  await startRecordingServer();
}
