import { defineQuery, defineUpdate } from '@temporalio/workflow';
import { z } from 'zod';
import { FilingStage } from '../events/filing-events';
import { Actor } from '../events/envelope';

/**
 * The filing workflow's messages, defined once and used by the workflow and by its callers
 * (the review service for staff decisions, the intake service for the applicant and the public).
 * Every update is validated inside the workflow: a wrong stage, a wrong person or a missing reason
 * is refused with a clear error and changes nothing.
 */

const CalendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const Reason = z.object({ text: z.string().trim().min(1).max(2000), article: z.string().max(40).optional() });
export type Reason = z.infer<typeof Reason>;

export const ActingPerson = Actor.extend({ scope: z.string().nullable() });
export type ActingPerson = z.infer<typeof ActingPerson>;

/** The kinds of human task in the procedure, each with the outcomes it allows. */
export const TASK_OUTCOMES = {
  'preliminary-review': ['RECOMMEND', 'RETURN', 'REJECT'],
  're-review': ['PASS', 'RETURN', 'REJECT'],
  'on-site-inspection': ['PASS', 'RETURN', 'REJECT'],
  'organise-expert-review': ['ASSIGN_PANEL'],
  'expert-score': ['SCORE', 'CONFLICT'],
  'assign-substitute': ['ASSIGN_SUBSTITUTE'],
  'resolve-objection': ['DISMISS', 'UPHOLD_REJECT', 'UPHOLD_DISQUALIFY'],
  'director-meeting': ['APPROVE', 'DECLINE'],
} as const;
export type TaskKind = keyof typeof TASK_OUTCOMES;
export const TASK_KINDS = Object.keys(TASK_OUTCOMES) as TaskKind[];
export type TaskOutcome = (typeof TASK_OUTCOMES)[TaskKind][number];

/** Outcomes that go against the applicant and therefore need reasons. */
export const NEGATIVE_OUTCOMES: readonly string[] = ['RETURN', 'REJECT', 'CONFLICT', 'UPHOLD_REJECT', 'UPHOLD_DISQUALIFY', 'DECLINE'];

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

export interface TaskView {
  taskId: string;
  kind: TaskKind;
  stage: FilingStage;
  assigneeRole: string;
  scope: string | null;
  assigneeId: string | null;
  openedOn: string;
  dueOn: string;
  escalated: boolean;
}

export interface HistoryEntry {
  at: string;
  actor: { id: string; role: string };
  action: string;
  stage: FilingStage | null;
  taskId?: string;
  outcome?: string;
  reasons?: Reason[];
  detail?: Record<string, unknown>;
}

export type FilingStatus = 'IN_REVIEW' | 'RETURNED' | 'REJECTED' | 'WITHDRAWN' | 'DISQUALIFIED' | 'FILED';

export interface ExpertSeat {
  expertId: string;
  status: 'ASSIGNED' | 'SCORED' | 'CONFLICT';
  score?: number;
}

export interface FilingState {
  applicationId: string;
  status: FilingStatus;
  stage: FilingStage | null;
  returnedAt: FilingStage | null;
  correctBy: string | null;
  openTasks: TaskView[];
  history: HistoryEntry[];
  panel: ExpertSeat[];
  notice: { from: string; until: string; objections: { objectionId: string; lodgedOn: string; status: 'OPEN' | 'DISMISSED' | 'UPHELD' }[] } | null;
  filingNumber: string | null;
  spaceId: string | null;
  /** The declared figures (Art. 5) in force: as submitted, or as last corrected after a return. */
  figures: Record<string, unknown>;
}

export const filingState = defineQuery<FilingState>('filingState');
export const decideTask = defineUpdate<FilingState, [Decision]>('decideTask');
export const resubmit = defineUpdate<FilingState, [Resubmission]>('resubmit');
export const withdraw = defineUpdate<FilingState, [Withdrawal]>('withdraw');
export const disqualify = defineUpdate<FilingState, [Disqualification]>('disqualify');
export const lodgeObjection = defineUpdate<FilingState, [Objection]>('lodgeObjection');
