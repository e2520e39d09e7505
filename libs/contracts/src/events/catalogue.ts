import { z } from 'zod';
import { filingEvents } from './filing-events';
import { supervisionEvents } from './supervision-events';

/**
 * The event catalogue: every event type, its current version, its topic and its payload schema.
 * docs/events.md describes the same catalogue for people.
 */
export const TOPICS = {
  filing: 'filing.events',
  space: 'space.events',
  evaluation: 'evaluation.events',
} as const;
export type Topic = (typeof TOPICS)[keyof typeof TOPICS];

/** Messages that cannot be handled are parked here with the reason, never dropped. */
export const deadLetterTopic = (topic: string) => `${topic}.dlq`;

const payloadSchemas = { ...filingEvents, ...supervisionEvents } as const;

export type EventType = keyof typeof payloadSchemas;
export type EventPayload<T extends EventType> = z.infer<(typeof payloadSchemas)[T]>;

export const EVENT_TYPES = Object.keys(payloadSchemas) as EventType[];

export function isEventType(type: string): type is EventType {
  return Object.prototype.hasOwnProperty.call(payloadSchemas, type);
}

export function payloadSchema<T extends EventType>(type: T): (typeof payloadSchemas)[T] {
  return payloadSchemas[type];
}

export function eventVersion(_type: EventType): number {
  return 1;
}

export function topicOf(type: EventType): Topic {
  // A space's changes travel with its other facts, so a consumer sees them in order.
  if (type.startsWith('space.') || type.startsWith('change.')) return TOPICS.space;
  if (type.startsWith('evaluation.')) return TOPICS.evaluation;
  return TOPICS.filing;
}
