import { z } from 'zod';
import { CHANGE_KINDS } from '../vocabulary/change-kinds';

/*
 * The shapes that supervision's events share with the workflows' inputs and messages, apart from
 * the event catalogue: workflow code imports them without building every event's schema (each
 * workflow evaluates the modules it imports anew, see workflows/src/bundling/workflow-bundle-options.ts).
 */

/** The filed space an event is about, as supervision knows it when the event happens. */
export const SpaceRef = z.object({
  spaceId: z.string().min(1),
  filingNumber: z.string().min(1),
  spaceName: z.string().min(1),
  organisationId: z.string().min(1),
  divisionCode: z.string().min(1),
});
export type SpaceRef = z.infer<typeof SpaceRef>;

export const ChangeKind = z.enum(CHANGE_KINDS);

export const Evidence = z.object({ documentId: z.string().min(1).max(200), title: z.string().min(1).max(500) });
export type Evidence = z.infer<typeof Evidence>;
