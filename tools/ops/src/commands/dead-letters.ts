import { TOPICS } from '@makerspace/contracts';
import { createKafka } from '@makerspace/events';
import { UsageError } from '../args';
import type { Command } from '../command';
import { readDeadLetters } from '../dead-letter-store';

/** A handler's error may run over many lines (a query, a stack): the listing shows its first. */
const firstLine = (reason: string) => reason.split('\n')[0].slice(0, 300);

export const DOMAIN_TOPICS: readonly string[] = Object.values(TOPICS);

export function topicArgument(topic: string | undefined): string {
  const name = topic?.replace(/\.dlq$/, '');
  if (!name || !DOMAIN_TOPICS.includes(name)) throw new UsageError(`the topic whose dead letters to read: ${DOMAIN_TOPICS.join(', ')}`);
  return name;
}

/** Lists the messages parked on a topic's dead-letter topic, with the consumer that parked each and why. */
export const deadLetters: Command = {
  name: 'dead-letters',
  usage: 'dead-letters <topic>',
  summary: "list what consumers parked on <topic>.dlq: position, event, the consumer group and its reason",
  async run(args, io) {
    const topic = topicArgument(args.positional[0]);
    const letters = await readDeadLetters(createKafka('ops-dead-letters', io.env), topic);
    io.out(`${letters.length} dead letter(s) on ${topic}.dlq`);
    for (const l of letters) {
      io.out(`${l.partition}:${l.offset}  ${l.eventType ?? '(not an event)'} ${l.eventId ?? ''}  from ${l.sourceTopic} ${l.sourceOffset}, group ${l.consumerGroup}: ${firstLine(l.reason)}`);
    }
    return 0;
  },
};
