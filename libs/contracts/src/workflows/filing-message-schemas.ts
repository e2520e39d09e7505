import { z } from 'zod';
import { Actor } from '../events/envelope';

/*
 * The schemas of the filing workflow's messages, apart from their definitions (filing-messages.ts):
 * the services check a message by them before they send it; workflow code imports no schema
 * (workflows/src/kit/message-fields.ts says why).
 */

const CalendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const Reason = z.object({ text: z.string().trim().min(1).max(2000), article: z.string().max(40).optional() });
export type Reason = z.infer<typeof Reason>;

export const ActingPerson = Actor.extend({ scope: z.string().nullable() });
export type ActingPerson = z.infer<typeof ActingPerson>;

/** What an on-site inspection found, figure by figure, against what was declared. */
export const InspectionFinding = z.object({
  figure: z.string().min(1).max(100),
  declared: z.union([z.number(), z.string(), z.boolean()]),
  found: z.union([z.number(), z.string(), z.boolean()]),
  note: z.string().max(2000).optional(),
});

export const Decision = z.object({
  taskId: z.string().min(1),
  actor: ActingPerson,
  outcome: z.string().min(1),
  reasons: z.array(Reason).max(50).default([]),
  /** The district's written recommendation (书面推荐), required to RECOMMEND. */
  recommendation: z.object({ documentId: z.string().min(1), summary: z.string().min(1).max(4000) }).optional(),
  findings: z.array(InspectionFinding).max(200).optional(),
  /** Expert ids for ASSIGN_PANEL / ASSIGN_SUBSTITUTE. */
  experts: z.array(z.string().min(1)).max(20).optional(),
  score: z.number().min(0).max(100).optional(),
  meeting: z.object({ meetingId: z.string().min(1), heldOn: CalendarDate, filingNumber: z.string().min(1).optional() }).optional(),
});
export type Decision = z.input<typeof Decision>;

export const Resubmission = z.object({
  actor: ActingPerson,
  figures: z.record(z.string(), z.unknown()),
  note: z.string().max(4000).optional(),
});
export type Resubmission = z.infer<typeof Resubmission>;

export const Withdrawal = z.object({ actor: ActingPerson, reason: z.string().max(2000).optional() });
export type Withdrawal = z.infer<typeof Withdrawal>;

export const Disqualification = z.object({ actor: ActingPerson, reasons: z.array(Reason).min(1).max(50) });
export type Disqualification = z.infer<typeof Disqualification>;

export const Objection = z.object({
  objectionId: z.string().min(1).max(100),
  text: z.string().trim().min(1).max(4000),
  contact: z.string().max(200).optional(),
});
export type Objection = z.infer<typeof Objection>;
