import type { Client, WorkflowHandle } from '@temporalio/client';
import {
  ActingPerson,
  Decision,
  decideTask,
  disqualify,
  filingState,
  FilingState,
  filingWorkflowId,
  lodgeObjection,
  Reason,
  resubmit,
  TaskKind,
  TaskView,
} from '@makerspace/contracts';
import { waitFor } from './wait-for';
import { staff } from './staff';

/**
 * Drives one application's filing workflow as the staff would (through the workflow's updates),
 * so a scenario reads like the procedure.
 */
export class FilingDriver {
  readonly handle: WorkflowHandle;

  constructor(
    client: Client,
    readonly applicationId: string,
    private readonly applicant: ActingPerson,
  ) {
    this.handle = client.workflow.getHandle(filingWorkflowId(applicationId));
  }

  state(): Promise<FilingState> {
    return this.handle.query(filingState);
  }

  /** The open task of a kind (waits for the workflow to open it). */
  task(kind: TaskKind, where: (t: TaskView) => boolean = () => true): Promise<TaskView> {
    return waitFor(`an open ${kind} task`, async () => (await this.state()).openTasks.find((t) => t.kind === kind && where(t)), 30_000, 50);
  }

  async decide(kind: TaskKind, actor: ActingPerson, outcome: string, extra: Partial<Decision> = {}, where?: (t: TaskView) => boolean): Promise<FilingState> {
    const task = await this.task(kind, where);
    return this.handle.executeUpdate(decideTask, { args: [{ taskId: task.taskId, actor, outcome, ...extra }] });
  }

  recommend() {
    return this.decide('preliminary-review', staff.tiedongOfficer, 'RECOMMEND', {
      recommendation: { documentId: 'rec-001', summary: '同意推荐 / recommended' },
    });
  }

  passReReview() {
    return this.decide('re-review', staff.cityOfficer, 'PASS');
  }

  passInspection() {
    return this.decide('on-site-inspection', staff.cityOfficer, 'PASS', { findings: [{ figure: 'totalAreaM2', declared: 800, found: 805 }] });
  }

  async expertPanel(scores: number[] = [80, 75, 90]) {
    await this.decide('organise-expert-review', staff.cityOfficer, 'ASSIGN_PANEL', { experts: scores.map((_, i) => `expert-${i + 1}`) });
    for (const [i, score] of scores.entries()) {
      const expert = staff.expert(i + 1);
      await this.decide('expert-score', expert, 'SCORE', { score }, (t) => t.assigneeId === expert.id);
    }
  }

  approveAtMeeting(filingNumber = '鞍科众备〔2026〕001') {
    return this.decide('director-meeting', staff.secretary, 'APPROVE', { meeting: { meetingId: 'meeting-1', heldOn: '2026-12-20', filingNumber } });
  }

  returnAt(kind: TaskKind, actor: ActingPerson, reasons: Reason[]) {
    return this.decide(kind, actor, 'RETURN', { reasons });
  }

  resubmit(figures: Record<string, unknown>) {
    return this.handle.executeUpdate(resubmit, { args: [{ actor: this.applicant, figures, note: '已补正 / corrected' }] });
  }

  disqualify(reasons: Reason[]) {
    return this.handle.executeUpdate(disqualify, { args: [{ actor: staff.cityOfficer, reasons }] });
  }

  object(objectionId: string, text: string) {
    return this.handle.executeUpdate(lodgeObjection, { args: [{ objectionId, text }] });
  }
}

/** The message of the workflow's refusal of an update (the update's failure cause). */
export async function refusalOf(update: Promise<unknown>): Promise<string> {
  try {
    await update;
  } catch (e) {
    return (e as { cause?: { message?: string } }).cause?.message ?? String(e);
  }
  throw new Error('the update was accepted, but a refusal was expected');
}
