import { createKafka, IDEMPOTENT_PRODUCER } from '@makerspace/events';
import { UsageError } from '../args';
import type { Command } from '../command';
import { readDeadLetters } from '../dead-letter-store';
import { topicArgument } from './dead-letters';

/**
 * Publishes a dead-lettered message again on the topic it came from, with its key (so it stays in
 * its subject's order from now on) and its value unchanged. Every consumer group sees it again;
 * those that handled it already drop it by its event id, so only the one that parked it acts.
 */
export const redrive: Command = {
  name: 'redrive',
  usage: 'redrive <topic> <partition:offset | event id>',
  summary: 'publish a dead-lettered event again on its topic (after the cause is fixed); consumers that had it drop the repeat',
  async run(args, io) {
    const kafka = createKafka('ops-redrive', io.env);
    const topic = await topicArgument(kafka, args.positional[0]);
    const which = args.positional[1];
    if (!which) throw new UsageError('the dead letter to re-drive: its partition:offset on the .dlq topic, or its event id (see dead-letters)');
    const letters = (await readDeadLetters(kafka, topic)).filter((l) => `${l.partition}:${l.offset}` === which || l.eventId === which);
    if (letters.length === 0) {
      io.err(`no dead letter ${which} on ${topic}.dlq`);
      return 1;
    }
    // The same event parked twice (two groups failed it) is published once.
    const letter = letters[0];
    const producer = kafka.producer(IDEMPOTENT_PRODUCER);
    await producer.connect();
    try {
      await producer.send({
        topic: letter.sourceTopic,
        acks: -1,
        messages: [
          {
            key: letter.key,
            value: letter.value,
            headers: { 'redriven-from': `${topic}.dlq/${letter.partition}:${letter.offset}`, 'redriven-by': io.env.OPS_USER_ID ?? 'ops' },
          },
        ],
      });
    } finally {
      await producer.disconnect();
    }
    io.out(
      `re-drove ${letter.eventType ?? 'the message'} ${letter.eventId ?? ''} from ${topic}.dlq ${letter.partition}:${letter.offset} to ${letter.sourceTopic} (parked by ${letter.consumerGroup}: ${letter.reason})`,
    );
    return 0;
  },
};
