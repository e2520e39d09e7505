import type { Kafka } from 'kafkajs';
import { deadLetterTopic, TOPICS } from '@makerspace/contracts';
import { createKafka } from '@makerspace/events';
import { UsageError } from '../args';
import type { Command } from '../command';
import { readDeadLetters } from '../dead-letter-store';

/** A handler's error may run over many lines (a query, a stack): the listing shows its first. */
const firstLine = (reason: string) => reason.split('\n')[0].slice(0, 300);

/**
 * The topic named on the command line (with or without `.dlq`), if the broker has its dead-letter
 * topic: the domain topics (filing.events, space.events, evaluation.events) have one.
 */
export async function topicArgument(kafka: Kafka, topic: string | undefined): Promise<string> {
  const name = topic?.replace(/\.dlq$/, '');
  if (!name) throw new UsageError(`the topic whose dead letters to read: ${Object.values(TOPICS).join(', ')}`);
  const admin = kafka.admin();
  await admin.connect();
  try {
    if (!(await admin.listTopics()).includes(deadLetterTopic(name)))
      throw new UsageError(`the broker has no dead-letter topic ${deadLetterTopic(name)} (the domain topics: ${Object.values(TOPICS).join(', ')})`);
  } finally {
    await admin.disconnect();
  }
  return name;
}

/** Lists the messages parked on a topic's dead-letter topic, with the consumer that parked each and why. */
export const deadLetters: Command = {
  name: 'dead-letters',
  usage: 'dead-letters <topic>',
  summary: 'list what consumers parked on <topic>.dlq: position, event, the consumer group and its reason',
  async run(args, io) {
    const kafka = createKafka('ops-dead-letters', io.env);
    const topic = await topicArgument(kafka, args.positional[0]);
    const letters = await readDeadLetters(kafka, topic);
    io.out(`${letters.length} dead letter(s) on ${topic}.dlq`);
    for (const l of letters) {
      io.out(
        `${l.partition}:${l.offset}  ${l.eventType ?? '(not an event)'} ${l.eventId ?? ''}  from ${l.sourceTopic} ${l.sourceOffset}, group ${l.consumerGroup}: ${firstLine(l.reason)}`,
      );
    }
    return 0;
  },
};
