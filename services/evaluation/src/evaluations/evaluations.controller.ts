import { Controller, Get, HttpCode, HttpStatus, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuditTrail, statedReasons } from '@makerspace/audit';
import { checkSelfReport, confirmResult, fileSelfReport, orderReview, recordReview, spaceEvaluationState, spaceEvaluationWorkflowId } from '@makerspace/contracts';
import { CurrentActor, DescribeBody, notFound, RequestActor, requireRole, ValidBody, ZodValidationPipe } from '@makerspace/http';
import { PrismaService } from '../database/prisma.service';
import { SpaceAccess } from '../access/space-access';
import { Year } from '../cycles/cycle.dto';
import { SupervisionWorkflows } from '../temporal/supervision-workflows';
import { ConfirmationBody, DistrictCheckBody, ReviewFindingsBody, ReviewOrderBody, SelfReportBody } from './evaluation.dto';

const WHAT = 'evaluation of this space for this year';

/**
 * One space's evaluation of a year (Art. 7). The operator's performance report is filed here, not
 * through intake: the evaluation service owns the evaluation and its workflow.
 */
@ApiTags('evaluations')
@Controller('spaces/:spaceId/evaluations/:year')
export class EvaluationsController {
  constructor(
    private readonly access: SpaceAccess,
    private readonly workflows: SupervisionWorkflows,
    private readonly audit: AuditTrail,
    private readonly prisma: PrismaService,
  ) {}

  /** Where the evaluation stands: due date, report, score, confirmation, Art. 7 consequence. */
  @Get()
  async state(@CurrentActor() actor: RequestActor, @Param('spaceId') spaceId: string, @Param('year', new ZodValidationPipe(Year)) year: number) {
    await this.access.space(actor, spaceId);
    return this.workflows.query(spaceEvaluationWorkflowId(year, spaceId), spaceEvaluationState, WHAT);
  }

  /** The operator files its performance report by the due day (applicant of the space's organisation). */
  @Put('self-report')
  @DescribeBody(SelfReportBody)
  async selfReport(@CurrentActor() actor: RequestActor, @Param('spaceId') spaceId: string, @Param('year', new ZodValidationPipe(Year)) year: number, @ValidBody(SelfReportBody) report: SelfReportBody) {
    requireRole(actor, 'applicant');
    await this.access.space(actor, spaceId);
    const state = await this.workflows.update(spaceEvaluationWorkflowId(year, spaceId), fileSelfReport, { actor, report }, WHAT);
    await this.audit.record({ actor, action: 'evaluation.self-report-filed', subject: { type: 'space', id: spaceId }, after: { year, report, state } });
    return state;
  }

  /** The district department of the venue checks a filed report first (a city officer once the task escalated). */
  @Post('district-check')
  @HttpCode(HttpStatus.OK)
  @DescribeBody(DistrictCheckBody)
  async districtCheck(@CurrentActor() actor: RequestActor, @Param('spaceId') spaceId: string, @Param('year', new ZodValidationPipe(Year)) year: number, @ValidBody(DistrictCheckBody) body: DistrictCheckBody) {
    requireRole(actor, 'district-officer', 'city-officer');
    await this.access.space(actor, spaceId);
    const state = await this.workflows.update(spaceEvaluationWorkflowId(year, spaceId), checkSelfReport, { ...body, actor }, WHAT);
    await this.audit.record({ actor, action: 'evaluation.self-report-checked', subject: { type: 'space', id: spaceId }, reason: statedReasons(body.reasons), after: { year, check: body, state } });
    return state;
  }

  /** Before confirming, a city officer orders an expert review or an on-site check. */
  @Post('reviews')
  @HttpCode(HttpStatus.OK)
  @DescribeBody(ReviewOrderBody)
  async orderReview(@CurrentActor() actor: RequestActor, @Param('spaceId') spaceId: string, @Param('year', new ZodValidationPipe(Year)) year: number, @ValidBody(ReviewOrderBody) body: ReviewOrderBody) {
    requireRole(actor, 'city-officer');
    await this.access.space(actor, spaceId);
    const state = await this.workflows.update(spaceEvaluationWorkflowId(year, spaceId), orderReview, { ...body, actor }, WHAT);
    await this.audit.record({ actor, action: 'evaluation.review-ordered', subject: { type: 'space', id: spaceId }, after: { year, order: body, state } });
    return state;
  }

  /**
   * The named expert records the expert review, a city officer the on-site check. An expert sees
   * no space records, and only a review it was named for (its supervision task).
   */
  @Post('review-findings')
  @HttpCode(HttpStatus.OK)
  @DescribeBody(ReviewFindingsBody)
  async recordReview(@CurrentActor() actor: RequestActor, @Param('spaceId') spaceId: string, @Param('year', new ZodValidationPipe(Year)) year: number, @ValidBody(ReviewFindingsBody) body: ReviewFindingsBody) {
    requireRole(actor, 'expert', 'city-officer');
    if (actor.role === 'expert') {
      // An expert sees only the evaluations it was named to review; any other answers 404.
      const named = await this.prisma.supervisionTask.findFirst({ where: { workflowId: spaceEvaluationWorkflowId(year, spaceId), assigneeRole: 'expert', scope: actor.id }, select: { id: true } });
      if (!named) throw notFound('space');
    } else await this.access.space(actor, spaceId);
    const state = await this.workflows.update(spaceEvaluationWorkflowId(year, spaceId), recordReview, { ...body, actor }, WHAT);
    await this.audit.record({ actor, action: 'evaluation.review-recorded', subject: { type: 'space', id: spaceId }, reason: statedReasons(body.findings), after: { year, findings: body, state } });
    return state;
  }

  /** A city officer confirms the scored result, or corrects the grade with reasons. */
  @Post('confirmation')
  @HttpCode(HttpStatus.OK)
  @DescribeBody(ConfirmationBody)
  async confirm(@CurrentActor() actor: RequestActor, @Param('spaceId') spaceId: string, @Param('year', new ZodValidationPipe(Year)) year: number, @ValidBody(ConfirmationBody) body: ConfirmationBody) {
    requireRole(actor, 'city-officer');
    await this.access.space(actor, spaceId);
    const state = await this.workflows.update(spaceEvaluationWorkflowId(year, spaceId), confirmResult, { ...body, actor }, WHAT);
    await this.audit.record({ actor, action: 'evaluation.confirmed', subject: { type: 'space', id: spaceId }, reason: statedReasons(body.reasons), after: { year, confirmation: body, state } });
    return state;
  }
}
