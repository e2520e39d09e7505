import { Controller, Get, HttpCode, HttpStatus, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, DescribeBody, RequestActor, ValidBody, ZodValidationPipe } from '@makerspace/http';
import { Year } from '../cycles/cycle.dto';
import { ConfirmationBody, DistrictCheckBody, ReviewFindingsBody, ReviewOrderBody, SelfReportBody } from './evaluation.dto';
import { EvaluationsService } from './evaluations.service';

/**
 * One space's evaluation of a year (Art. 7). The operator's performance report is filed here, not
 * through intake: the evaluation service owns the evaluation and its workflow.
 */
@ApiTags('evaluations')
@Controller('spaces/:spaceId/evaluations/:year')
export class EvaluationsController {
  constructor(private readonly evaluations: EvaluationsService) {}

  /** Where the evaluation stands: due date, report, score, confirmation, Art. 7 consequence. */
  @Get()
  state(@CurrentActor() actor: RequestActor, @Param('spaceId') spaceId: string, @Param('year', new ZodValidationPipe(Year)) year: number) {
    return this.evaluations.state(actor, spaceId, year);
  }

  /** The operator files its performance report by the due day (applicant of the space's organisation). */
  @Put('self-report')
  @DescribeBody(SelfReportBody)
  selfReport(
    @CurrentActor() actor: RequestActor,
    @Param('spaceId') spaceId: string,
    @Param('year', new ZodValidationPipe(Year)) year: number,
    @ValidBody(SelfReportBody) report: SelfReportBody,
  ) {
    return this.evaluations.fileSelfReport(actor, spaceId, year, report);
  }

  /** The district department of the venue checks a filed report first (a city officer once the task escalated). */
  @Post('district-check')
  @HttpCode(HttpStatus.OK)
  @DescribeBody(DistrictCheckBody)
  districtCheck(
    @CurrentActor() actor: RequestActor,
    @Param('spaceId') spaceId: string,
    @Param('year', new ZodValidationPipe(Year)) year: number,
    @ValidBody(DistrictCheckBody) body: DistrictCheckBody,
  ) {
    return this.evaluations.checkSelfReport(actor, spaceId, year, body);
  }

  /** Before confirming, a city officer orders an expert review or an on-site check. */
  @Post('reviews')
  @HttpCode(HttpStatus.OK)
  @DescribeBody(ReviewOrderBody)
  orderReview(
    @CurrentActor() actor: RequestActor,
    @Param('spaceId') spaceId: string,
    @Param('year', new ZodValidationPipe(Year)) year: number,
    @ValidBody(ReviewOrderBody) body: ReviewOrderBody,
  ) {
    return this.evaluations.orderReview(actor, spaceId, year, body);
  }

  /** The named expert records the expert review, a city officer the on-site check. */
  @Post('review-findings')
  @HttpCode(HttpStatus.OK)
  @DescribeBody(ReviewFindingsBody)
  recordReview(
    @CurrentActor() actor: RequestActor,
    @Param('spaceId') spaceId: string,
    @Param('year', new ZodValidationPipe(Year)) year: number,
    @ValidBody(ReviewFindingsBody) body: ReviewFindingsBody,
  ) {
    return this.evaluations.recordReview(actor, spaceId, year, body);
  }

  /** A city officer confirms the scored result, or corrects the grade with reasons. */
  @Post('confirmation')
  @HttpCode(HttpStatus.OK)
  @DescribeBody(ConfirmationBody)
  confirm(
    @CurrentActor() actor: RequestActor,
    @Param('spaceId') spaceId: string,
    @Param('year', new ZodValidationPipe(Year)) year: number,
    @ValidBody(ConfirmationBody) body: ConfirmationBody,
  ) {
    return this.evaluations.confirm(actor, spaceId, year, body);
  }
}
