import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import { statedReasons } from '@makerspace/audit';
import {
  checkSelfReport,
  confirmResult,
  fileSelfReport,
  orderReview,
  recordReview,
  spaceEvaluationState,
  spaceEvaluationWorkflowId,
} from '@makerspace/contracts';
import { notFound, RequestActor, requireRole } from '@makerspace/http';
import { SpaceAccess } from '../access/space-access';
import { PrismaService } from '../database/prisma.service';
import { SupervisionDecisions } from '../supervision/supervision-decisions';
import { SupervisionWorkflows } from '../temporal/supervision-workflows';
import type { ConfirmationBody, DistrictCheckBody, ReviewFindingsBody, ReviewOrderBody, SelfReportBody } from './evaluation.dto';

const WHAT = 'evaluation of this space for this year';

/**
 * One space's evaluation of a year (Art. 7): who may see it and act on it, and each act sent to
 * the evaluation's workflow (`evaluation-<year>-<spaceId>`) with its audit entry.
 */
@Injectable()
export class EvaluationsService {
  constructor(
    private readonly access: SpaceAccess,
    private readonly workflows: SupervisionWorkflows,
    private readonly decisions: SupervisionDecisions,
    private readonly prisma: PrismaService,
  ) {}

  async state(actor: RequestActor, spaceId: string, year: number) {
    await this.access.space(actor, spaceId);
    return this.workflows.query(spaceEvaluationWorkflowId(year, spaceId), spaceEvaluationState, WHAT);
  }

  /** The operator files its performance report (applicant of the space's organisation). */
  async fileSelfReport(actor: RequestActor, spaceId: string, year: number, report: SelfReportBody) {
    requireRole(actor, 'applicant');
    await this.access.space(actor, spaceId);
    return this.take(actor, spaceId, year, fileSelfReport, { actor, report }, 'evaluation.self-report-filed', null, { year, report });
  }

  /** The district department of the venue checks a filed report first (a city officer once the task escalated). */
  async checkSelfReport(actor: RequestActor, spaceId: string, year: number, check: DistrictCheckBody) {
    requireRole(actor, 'district-officer', 'city-officer');
    await this.access.space(actor, spaceId);
    return this.take(actor, spaceId, year, checkSelfReport, { ...check, actor }, 'evaluation.self-report-checked', statedReasons(check.reasons), {
      year,
      check,
    });
  }

  /** A city officer orders an expert review or an on-site check before confirming. */
  async orderReview(actor: RequestActor, spaceId: string, year: number, order: ReviewOrderBody) {
    requireRole(actor, 'city-officer');
    await this.access.space(actor, spaceId);
    return this.take(actor, spaceId, year, orderReview, { ...order, actor }, 'evaluation.review-ordered', null, { year, order });
  }

  /**
   * The named expert records the expert review, a city officer the on-site check. An expert sees
   * no space records, and only a review it was named for (its supervision task): any other is 404.
   */
  async recordReview(actor: RequestActor, spaceId: string, year: number, findings: ReviewFindingsBody) {
    requireRole(actor, 'expert', 'city-officer');
    if (actor.role === 'expert') {
      const named = await this.prisma.supervisionTask.findFirst({
        where: { workflowId: spaceEvaluationWorkflowId(year, spaceId), assigneeRole: 'expert', scope: actor.id },
        select: { id: true },
      });
      if (!named) throw notFound('space');
    } else await this.access.space(actor, spaceId);
    return this.take(actor, spaceId, year, recordReview, { ...findings, actor }, 'evaluation.review-recorded', statedReasons(findings.findings), {
      year,
      findings,
    });
  }

  /** A city officer confirms the scored result, or corrects the grade with reasons. */
  async confirm(actor: RequestActor, spaceId: string, year: number, confirmation: ConfirmationBody) {
    requireRole(actor, 'city-officer');
    await this.access.space(actor, spaceId);
    return this.take(actor, spaceId, year, confirmResult, { ...confirmation, actor }, 'evaluation.confirmed', statedReasons(confirmation.reasons), {
      year,
      confirmation,
    });
  }

  private take<Arg, State>(
    actor: RequestActor,
    spaceId: string,
    year: number,
    update: UpdateDefinition<State, [Arg]>,
    arg: Arg,
    action: string,
    reason: string | null,
    fields: Record<string, unknown>,
  ): Promise<State> {
    return this.decisions.take({ actor, spaceId, workflowId: spaceEvaluationWorkflowId(year, spaceId), update, arg, what: WHAT, action, reason, fields });
  }
}
