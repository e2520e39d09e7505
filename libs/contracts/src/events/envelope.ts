import { z } from 'zod';

export const ROLES = ['applicant', 'district-officer', 'city-officer', 'expert', 'meeting-secretary', 'scheduler', 'public', 'system'] as const;
export type Role = (typeof ROLES)[number];

export const Actor = z.object({ id: z.string().min(1), role: z.enum(ROLES) });
export type Actor = z.infer<typeof Actor>;

/**
 * Every event on Kafka travels in this envelope. `id` is deterministic (derived from the workflow
 * id and step), so a retried activity republishes the same id and consumers drop the duplicate.
 * Messages are keyed by `subject`, so one application's or space's events stay in order.
 */
export const EventEnvelope = z.object({
  id: z.string().min(1).max(300),
  type: z.string().min(1),
  version: z.number().int().positive(),
  occurredAt: z.iso.datetime(),
  subject: z.string().min(1),
  actor: Actor,
  payload: z.unknown(),
});
export type EventEnvelope<P = unknown> = Omit<z.infer<typeof EventEnvelope>, 'payload'> & { payload: P };
