import { Controller, Get, HttpCode, HttpStatus, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuditTrail, statedReasons } from '@makerspace/audit';
import { confirmResult, fileSelfReport, spaceEvaluationState, spaceEvaluationWorkflowId } from '@makerspace/contracts';
import { CurrentActor, DescribeBody, RequestActor, requireRole, ValidBody, ZodValidationPipe } from '@makerspace/http';
import { SpaceAccess } from '../access/space-access';
import { Year } from '../cycles/cycle.dto';
import { SupervisionWorkflows } from '../temporal/supervision-workflows';
import { ConfirmationBody, SelfReportBody } from './evaluation.dto';

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
