import { Injectable } from '@nestjs/common';
import { AuditTrail, statedReasons } from '@makerspace/audit';
import type { MeetingDecision, Prisma } from '.prisma/review-client';
import type { ApiErrorBody, FilingState } from '@makerspace/contracts';
import { ApiException, conflict, notFound, RequestActor } from '@makerspace/http';
import { PrismaService } from '../database/prisma.service';
import { FilingWorkflows } from '../filing/filing-workflows';
import { filingYear } from './filing-number';
import { FilingNumbers } from './filing-numbers';
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
  ) {}

  async record(actor: RequestActor, record: MeetingRecord): Promise<MeetingResult> {
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

  async get(meetingId: string) {
    const meeting = await this.prisma.meeting.findUnique({ where: { id: meetingId }, include: { decisions: { orderBy: { updatedAt: 'asc' } } } });
    if (!meeting) throw notFound('meeting');
    return meeting;
  }

  private async decide(actor: RequestActor, record: MeetingRecord, item: MeetingItem): Promise<MeetingItemResult> {
    const result = await this.carry(actor, record, item);
    await this.store(actor, record, item, result);
    return result;
  }

  /** Sends one decision to its workflow; a refusal is this item's result, any other error the whole request's. */
  private async carry(actor: RequestActor, record: MeetingRecord, item: MeetingItem): Promise<MeetingItemResult> {
    const base = { applicationId: item.applicationId, taskId: item.taskId, decision: item.decision };
    try {
      const state = await this.workflows.state(item.applicationId);
      const earlier = decidedAt(state, item.taskId, record.meetingId);
      if (earlier) {
        // The workflow took this decision before its answer was stored (a retry after a crash).
        return earlier === item.decision ? { ...base, outcome: 'DECIDED', ...(state.filingNumber ? { filingNumber: state.filingNumber } : {}) } : refused(base, changedMind(earlier));
      }
      // A number only for a task the workflow has open: a task that is not open never opens again,
      // and the workflow refuses the decision for it, so no number is spent on a refusal.
      const open = state.openTasks.some((t) => t.taskId === item.taskId && t.kind === 'director-meeting');
      const filingNumber = item.decision === 'APPROVE' && open ? await this.numbers.allocate(item.applicationId, filingYear(record.heldOn)) : undefined;
      await this.workflows.decide(item.applicationId, {
        taskId: item.taskId,
        actor: { id: actor.id, role: actor.role, scope: actor.scope },
        outcome: item.decision,
        reasons: item.reasons,
        meeting: { meetingId: record.meetingId, heldOn: record.heldOn, ...(filingNumber ? { filingNumber } : {}) },
      });
      return { ...base, outcome: 'DECIDED', ...(filingNumber ? { filingNumber } : {}) };
    } catch (e) {
      if (e instanceof ApiException) return refused(base, e);
      throw e;
    }
  }

  /**
   * Keeps the item's result, with its audit entry; a DECIDED result is never overwritten (a
   * concurrent retry may have been refused).
   */
  private async store(actor: RequestActor, record: MeetingRecord, item: MeetingItem, result: MeetingItemResult): Promise<void> {
    const { meetingId, heldOn } = record;
    const data = {
      taskId: item.taskId,
      decision: item.decision,
      reasons: item.reasons as Prisma.InputJsonValue,
      outcome: result.outcome,
      filingNumber: result.filingNumber ?? null,
      error: (result.error ?? undefined) as Prisma.InputJsonValue | undefined,
    };
    const key = { meetingId, applicationId: item.applicationId };
    await this.prisma.$transaction(async (tx) => {
      const before = await tx.meetingDecision.findUnique({ where: { meetingId_applicationId: key } });
      const created = await tx.meetingDecision.createMany({ data: [{ ...key, ...data }], skipDuplicates: true });
      const changed = created.count > 0 || (await tx.meetingDecision.updateMany({ where: { ...key, outcome: { not: 'DECIDED' } }, data })).count > 0;
      if (!changed) return;
      await this.audit.append(tx, {
        actor,
        action: 'meeting.decision-recorded',
        subject: { type: 'application', id: item.applicationId },
        reason: statedReasons(item.reasons),
        before,
        after: { ...key, heldOn, ...data },
      });
    });
  }
}

/** The outcome this meeting already gave the task, as the workflow's history has it. */
function decidedAt(state: FilingState, taskId: string, meetingId: string): string | undefined {
  const entry = state.history.find((h) => h.action === 'decided' && h.taskId === taskId && (h.detail?.meeting as { meetingId?: string } | undefined)?.meetingId === meetingId);
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
