import { stopRecordingServer } from './recording-server';

export default async function globalTeardown(): Promise<void> {
  await stopRecordingServer();
}
