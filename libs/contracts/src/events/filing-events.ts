import { z } from 'zod';
import { FILING_STAGES } from '../vocabulary/filing-stages';

/** Payloads of the filing procedure's events (Art. 6, Art. 9), one schema per event type. */
const CalendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Bilingual = z.object({ zh: z.string(), en: z.string() });
const Reason = z.object({ text: z.string().min(1), article: z.string().optional() });

export const FilingStage = z.enum(FILING_STAGES);
export type FilingStage = z.infer<typeof FilingStage>;

export const ApplicationRef = z.object({
  applicationId: z.string().min(1),
  organisationId: z.string().min(1),
  spaceName: z.string().min(1),
  divisionCode: z.string().min(1),
  applicantUserId: z.string().min(1),
});

/**
 * The operating organisation as the application declared it (policy `Organisation`). Carried by
 * `application.filed` since its figures came along; events of procedures started before have none.
 */
const DeclaredOrganisation = z.object({ uscc: z.string(), registeredOn: CalendarDate, independentLegalPerson: z.boolean() });

export const filingEvents = {
  'application.submitted': ApplicationRef.extend({
    uscc: z.string(),
    rulesetId: z.string(),
    rulesetVersion: z.number().int(),
    submittedOn: CalendarDate,
  }),
  'application.resubmitted': ApplicationRef.extend({ stage: FilingStage }),
  'application.advanced': ApplicationRef.extend({ from: FilingStage, to: FilingStage }),
  'application.returned': ApplicationRef.extend({ stage: FilingStage, reasons: z.array(Reason).min(1), correctBy: CalendarDate }),
  'application.rejected': ApplicationRef.extend({ stage: FilingStage, reasons: z.array(Reason).min(1) }),
  'application.withdrawn': ApplicationRef.extend({ stage: FilingStage.nullable() }),
  'application.disqualified': ApplicationRef.extend({
    stage: FilingStage.nullable(),
    reasons: z.array(Reason).min(1),
    decidedOn: CalendarDate,
    banEndsOn: CalendarDate,
  }),
  /**
   * `figures` (policy `DeclaredFigures`) are the ones in force on filing day: as submitted, or as
   * last corrected after a return. Both `figures` and `organisation` are optional within version 1:
   * a procedure started before they were carried files without them.
   */
  'application.filed': ApplicationRef.extend({
    spaceId: z.string(),
    filingNumber: z.string(),
    filedOn: CalendarDate,
    figures: z.record(z.string(), z.unknown()).optional(),
    organisation: DeclaredOrganisation.optional(),
  }),
  'task.opened': z.object({
    taskId: z.string(),
    applicationId: z.string(),
    stage: z.string(),
    kind: z.string(),
    assigneeRole: z.string(),
    scope: z.string().nullable(),
    assigneeId: z.string().nullable(),
    dueOn: CalendarDate,
    title: Bilingual,
  }),
  'task.reminded': z.object({
    taskId: z.string(),
    applicationId: z.string(),
    stage: z.string(),
    assigneeRole: z.string(),
    scope: z.string().nullable(),
    dueOn: CalendarDate,
  }),
  'task.overdue': z.object({
    taskId: z.string(),
    applicationId: z.string(),
    stage: z.string(),
    assigneeRole: z.string(),
    scope: z.string().nullable(),
    dueOn: CalendarDate,
  }),
  'task.escalated': z.object({ taskId: z.string(), applicationId: z.string(), stage: z.string(), from: z.string(), to: z.string(), dueOn: CalendarDate }),
  'task.completed': z.object({ taskId: z.string(), applicationId: z.string(), stage: z.string(), outcome: z.string(), reasons: z.array(Reason) }),
  'public-notice.opened': ApplicationRef.extend({ from: CalendarDate, until: CalendarDate }),
  'objection.lodged': z.object({ applicationId: z.string(), objectionId: z.string(), lodgedOn: CalendarDate }),
  'objection.resolved': z.object({
    applicationId: z.string(),
    objectionId: z.string(),
    outcome: z.enum(['UPHELD', 'DISMISSED']),
    reasons: z.array(Reason).min(1),
  }),
} as const;
