import { Injectable } from '@nestjs/common';
import { AuditedDecisions, AuditTrail, statedReasons } from '@makerspace/audit';
import type { MeetingDecision } from '.prisma/review-client';
import { ApiErrorBody, decideTask, FilingState, filingWorkflowId } from '@makerspace/contracts';
import { ApiException, conflict, notFound, RequestActor, requireRole } from '@makerspace/http';
import { PrismaService } from '../database/prisma.service';
import { FilingWorkflows } from '../filing/filing-workflows';
import { filingYear } from './filing-number';
import { FilingNumbers } from './filing-numbers';
import { ITEM_RECORDED, keepMeetingItem, MeetingItemRow } from './meeting-items';
import type { MeetingItem, MeetingRecord } from './meeting-record';

/** What became of one application of a meeting record. */
export interface MeetingItemResult {
  applicationId: string;
  taskId: string;
  decision: string;
  outcome: 'DECIDED' | 'REFUSED';
  filingNumber?: string;
  error?: ApiErrorBody & { status: number };
}

export interface MeetingResult {
  meetingId: string;
  heldOn: string;
  results: MeetingItemResult[];
}

/**
 * Records a director's meeting and carries each of its decisions to the application's filing
 * workflow: an approval gets the next filing number of the meeting's year. Each application
 * succeeds or is refused on its own; the record is idempotent on its meetingId, so sending it
 * again (after a timeout, or once a refusal is cleared) decides only what is still undecided.
 */
@Injectable()
export class MeetingService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly workflows: FilingWorkflows,
    private readonly numbers: FilingNumbers,
    private readonly audit: AuditTrail,
    private readonly decisions: AuditedDecisions,
  ) {}

  async record(actor: RequestActor, record: MeetingRecord): Promise<MeetingResult> {
    requireRole(actor, 'meeting-secretary');
    const meeting = await this.prisma.meeting.upsert({
      where: { id: record.meetingId },
      create: { id: record.meetingId, heldOn: record.heldOn, recordedBy: actor.id },
      update: {},
      include: { decisions: true },
    });
    if (meeting.heldOn !== record.heldOn) throw conflict('MEETING_CONFLICT', `meeting ${meeting.id} is recorded as held on ${meeting.heldOn}`);
    const results: MeetingItemResult[] = [];
    // One after the other, so the filing numbers follow the order of the record.
    for (const item of record.decisions) {
      const stored = meeting.decisions.find((d) => d.applicationId === item.applicationId);
      results.push(stored?.outcome === 'DECIDED' ? alreadyDecided(stored, item) : await this.decide(actor, record, item));
    }
    return { meetingId: meeting.id, heldOn: meeting.heldOn, results };
  }

  async get(actor: RequestActor, meetingId: string) {
    requireRole(actor, 'meeting-secretary', 'city-officer');
    const meeting = await this.prisma.meeting.findUnique({ where: { id: meetingId }, include: { decisions: { orderBy: { updatedAt: 'asc' } } } });
    if (!meeting) throw notFound('meeting');
    return meeting;
  }

  /**
   * Sends one decision to its workflow. A decision taken is kept on the meeting by its own
   * settlement, with its audit entry (AuditedDecisions); a refusal is this item's result and kept
   * on the meeting too; any other error is the whole request's.
   */
  private async decide(actor: RequestActor, record: MeetingRecord, item: MeetingItem): Promise<MeetingItemResult> {
    const base = { applicationId: item.applicationId, taskId: item.taskId, decision: item.decision };
    try {
      const state = await this.workflows.state(item.applicationId);
      const earlier = decidedAt(state, item.taskId, record.meetingId);
      if (earlier) {
        // The workflow took this decision before its answer came back (a retry after a timeout or a crash): its settlement records it.
        return earlier === item.decision
          ? { ...base, outcome: 'DECIDED', ...(state.filingNumber ? { filingNumber: state.filingNumber } : {}) }
          : await this.keepRefusal(actor, record, item, changedMind(earlier));
      }
      // A number only for a task the workflow has open: a task that is not open never opens again,
      // and the workflow refuses the decision for it, so no number is spent on a refusal.
      const open = state.openTasks.some((t) => t.taskId === item.taskId && t.kind === 'director-meeting');
      const filingNumber = item.decision === 'APPROVE' && open ? await this.numbers.allocate(item.applicationId, filingYear(record.heldOn)) : undefined;
      const before = await this.prisma.meetingDecision.findUnique({
        where: { meetingId_applicationId: { meetingId: record.meetingId, applicationId: item.applicationId } },
      });
      const row: MeetingItemRow = { ...this.rowOf(record, item), outcome: 'DECIDED', filingNumber: filingNumber ?? null };
      await this.decisions.take({
        workflowId: filingWorkflowId(item.applicationId),
        message: decideTask.name,
        entry: {
          actor,
          action: ITEM_RECORDED,
          subject: { type: 'application', id: item.applicationId },
          reason: statedReasons(item.reasons),
          before,
          outcome: { fields: { ...row } },
        },
        send: (decisionId) =>
          this.workflows.decide(
            item.applicationId,
            {
              taskId: item.taskId,
              actor: { id: actor.id, role: actor.role, scope: actor.scope },
              outcome: item.decision,
              reasons: item.reasons,
              meeting: { meetingId: record.meetingId, heldOn: record.heldOn, ...(filingNumber ? { filingNumber } : {}) },
            },
            decisionId,
          ),
      });
      return { ...base, outcome: 'DECIDED', ...(filingNumber ? { filingNumber } : {}) };
    } catch (e) {
      if (e instanceof ApiException) return this.keepRefusal(actor, record, item, e);
      throw e;
    }
  }

  /** Keeps a refused item on the meeting with its audit entry: the record shows what the workflow refused and why. */
  private async keepRefusal(actor: RequestActor, record: MeetingRecord, item: MeetingItem, e: ApiException): Promise<MeetingItemResult> {
    const result = refused({ applicationId: item.applicationId, taskId: item.taskId, decision: item.decision }, e);
    const row: MeetingItemRow = { ...this.rowOf(record, item), outcome: 'REFUSED', filingNumber: null, error: result.error };
    await this.prisma.$transaction(async (tx) => {
      const before = await tx.meetingDecision.findUnique({
        where: { meetingId_applicationId: { meetingId: record.meetingId, applicationId: item.applicationId } },
      });
      if (!(await keepMeetingItem(tx, row))) return;
      await this.audit.append(tx, {
        actor,
        action: ITEM_RECORDED,
        subject: { type: 'application', id: item.applicationId },
        reason: statedReasons(item.reasons),
        before,
        after: row,
      });
    });
    return result;
  }

  private rowOf(record: MeetingRecord, item: MeetingItem) {
    return {
      meetingId: record.meetingId,
      applicationId: item.applicationId,
      heldOn: record.heldOn,
      taskId: item.taskId,
      decision: item.decision,
      reasons: item.reasons,
    };
  }
}

/** The outcome this meeting already gave the task, as the workflow's history has it. */
function decidedAt(state: FilingState, taskId: string, meetingId: string): string | undefined {
  const entry = state.history.find(
    (h) => h.action === 'decided' && h.taskId === taskId && (h.detail?.meeting as { meetingId?: string } | undefined)?.meetingId === meetingId,
  );
  return entry?.outcome;
}

function alreadyDecided(stored: MeetingDecision, item: MeetingItem): MeetingItemResult {
  const base = { applicationId: stored.applicationId, taskId: stored.taskId, decision: stored.decision };
  if (stored.decision !== item.decision || stored.taskId !== item.taskId) return refused({ ...base, decision: item.decision }, changedMind(stored.decision));
  return { ...base, outcome: 'DECIDED', ...(stored.filingNumber ? { filingNumber: stored.filingNumber } : {}) };
}

const changedMind = (earlier: string) => conflict('ALREADY_DECIDED', `this meeting already decided the application: ${earlier}`);

function refused(base: Omit<MeetingItemResult, 'outcome'>, e: ApiException): MeetingItemResult {
  return { ...base, outcome: 'REFUSED', error: { status: e.getStatus(), ...(e.getResponse() as ApiErrorBody) } };
}
