import { randomUUID } from 'node:crypto';
import { deadLetterTopic, EventEnvelope } from '@makerspace/contracts';
import { createKafka } from '../../src/kafka-settings';

/** A fresh one-partition topic and its dead-letter topic on the real broker, with a connected producer, for one consumer spec. */
export async function specTopic(clientId: string) {
  const topic = `test-${randomUUID().slice(0, 8)}.events`;
  const kafka = createKafka(clientId);
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    waitForLeaders: true,
    topics: [
      { topic, numPartitions: 1 },
      { topic: deadLetterTopic(topic), numPartitions: 1 },
    ],
  });
  await admin.disconnect();
  const producer = kafka.producer();
  await producer.connect();
  return { topic, kafka, producer };
}

/** An event of the catalogue about `subject` (an objection lodged), as a consumer spec sends it. */
export const anObjection = (id: string, subject = 'a1'): EventEnvelope => ({
  id,
  type: 'objection.lodged',
  version: 1,
  occurredAt: new Date().toISOString(),
  subject,
  actor: { id: 'public', role: 'public' },
  payload: { applicationId: subject, objectionId: id, lodgedOn: '2026-11-27' },
});
