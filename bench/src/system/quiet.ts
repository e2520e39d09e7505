import { TOPICS } from '@makerspace/contracts';
import { createKafka } from '@makerspace/events';
import { sleep } from '../support/stats';
import type { BenchStack } from './bench-stack';
import { SERVICES } from './system-processes';

/** Messages on the domain topics that `groupId` has not handled yet. */
async function lag(admin: ReturnType<ReturnType<typeof createKafka>['admin']>, groupId: string): Promise<number> {
  const topics = Object.values(TOPICS) as string[];
  const committed = await admin.fetchOffsets({ groupId, topics });
  let behind = 0;
  for (const topic of topics) {
    const done = committed.find((c) => c.topic === topic)?.partitions ?? [];
    for (const end of await admin.fetchTopicOffsets(topic)) {
      const offset = done.find((p) => p.partition === end.partition)?.offset ?? '-1';
      behind += Number(BigInt(end.high) - (offset === '-1' ? BigInt(end.low) : BigInt(offset)));
    }
  }
  return behind;
}

/**
 * Wait until every service's consumer group has handled every event on the domain topics, so a
 * measure starts from a quiet system rather than behind the previous measure's backlog. Gives up
 * (and says so) after `timeoutMs`.
 */
export async function untilQuiet(stack: BenchStack, log: (m: string) => void, timeoutMs = 300_000): Promise<void> {
  const admin = createKafka(`bench-quiet-${stack.runId}`, { KAFKA_BROKERS: stack.kafkaBrokers }).admin();
  await admin.connect();
  try {
    const started = Date.now();
    let lastLog = started;
    for (;;) {
      const behind = (await Promise.all(SERVICES.map((s) => lag(admin, stack.groupOf(s))))).reduce((a, b) => a + b, 0);
      if (behind === 0) return;
      if (Date.now() - started > timeoutMs) return log(`still ${behind} events to handle after ${Math.round(timeoutMs / 1000)} s; measuring anyway`);
      if (Date.now() - lastLog > 15_000) {
        lastLog = Date.now();
        log(`waiting for the consumers: ${behind} events to handle`);
      }
      await sleep(500);
    }
  } finally {
    await admin.disconnect();
  }
}
