import { z } from 'zod';
import { EventPayload, EventType, isEventType, payloadSchema } from './catalogue';
import { EventEnvelope } from './envelope';

export type EventCheck = { ok: true; event: EventEnvelope } | { ok: false; reason: string };

/** Check a message from the wire: a known type and a payload that fits its schema. */
export function checkEvent(raw: unknown): EventCheck {
  const envelope = EventEnvelope.safeParse(raw);
  if (!envelope.success) return { ok: false, reason: `envelope: ${z.prettifyError(envelope.error)}` };
  const { type } = envelope.data;
  if (!isEventType(type)) return { ok: false, reason: `unknown event type "${type}"` };
  const payload = payloadSchema(type).safeParse(envelope.data.payload);
  if (!payload.success) return { ok: false, reason: `payload of ${type}: ${z.prettifyError(payload.error)}` };
  return { ok: true, event: { ...envelope.data, payload: payload.data } };
}

export function isEvent<T extends EventType>(e: EventEnvelope, type: T): e is EventEnvelope<EventPayload<T>> {
  return e.type === type;
}
