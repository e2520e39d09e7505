import path from 'node:path';

/**
 * The servers' binaries a suite with servers of its own starts them from: the shared stack's
 * (`<repo>/.stack/bin`, its Kafka libraries), or those STACK_BIN and KAFKA_LIBS name, as for a
 * checkout that runs on another checkout's built servers (infra/local/env.sh).
 */
export function sharedBinaries(repoRoot: string, env: NodeJS.ProcessEnv = process.env): { STACK_BIN: string; KAFKA_LIBS: string } {
  const shared = path.join(repoRoot, '.stack');
  return { STACK_BIN: env.STACK_BIN ?? path.join(shared, 'bin'), KAFKA_LIBS: env.KAFKA_LIBS ?? path.join(shared, 'kafka', 'libs') };
}
