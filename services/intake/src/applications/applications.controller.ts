import { Controller, Get, Headers, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor, DescribeBody, DescribeQuery, RequestActor, ValidBody, ValidQuery } from '@makerspace/http';
import { ApplicationSearch, ApplicationSearchQuery } from '../search/application-search.dto';
import { ApplicationSearchService } from '../search/application-search.service';
import { ApplicationDraft, ApplicationUpdate, Resubmit, Withdraw } from './application.dto';
import { DRAFT_EXAMPLES, REFUSAL_EXAMPLES } from './application-examples';
import { ApplicationsService } from './applications.service';
import { PrecheckService } from './precheck.service';
import { ResubmissionService } from './resubmission.service';
import { SubmissionService } from './submission.service';
import { WithdrawalService } from './withdrawal.service';

const IDEMPOTENCY_KEY = { name: 'Idempotency-Key', required: false, description: 'a repeat with the same key gets the first answer' };

@ApiTags('applications')
@Controller('applications')
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly submission: SubmissionService,
    private readonly precheck: PrecheckService,
    private readonly withdrawal: WithdrawalService,
    private readonly resubmission: ResubmissionService,
    private readonly search: ApplicationSearchService,
  ) {}

  /**
   * The applications the caller may see, found and paged: an applicant's own, a district
   * officer's division's, the city's all (docs/intake.md, "Case search").
   */
  @Get()
  @DescribeQuery(ApplicationSearchQuery)
  find(@CurrentActor() actor: RequestActor, @ValidQuery(ApplicationSearchQuery) q: ApplicationSearch) {
    return this.search.search(actor, q);
  }

  @Post()
  @ApiOperation({
    summary: 'Draft an application',
    description:
      'An applicant drafts an application of its organisation; the figures are checked for form here and against Art. 5 at the pre-check and at submission.',
  })
  @DescribeBody(ApplicationDraft, DRAFT_EXAMPLES)
  create(@CurrentActor() actor: RequestActor, @ValidBody(ApplicationDraft) body: ApplicationDraft) {
    return this.applications.create(actor, body);
  }

  @ApiOperation({ summary: 'Edit a draft or a returned application, on the revision it was read at (applicant)' })
  @Put(':id')
  @DescribeBody(ApplicationUpdate)
  update(@CurrentActor() actor: RequestActor, @Param('id', ParseUUIDPipe) id: string, @ValidBody(ApplicationUpdate) body: ApplicationUpdate) {
    return this.applications.update(actor, id, body);
  }

  @ApiOperation({ summary: 'Read an application (its applicant, the district of its venue, the city)' })
  @Get(':id')
  get(@CurrentActor() actor: RequestActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.applications.getOwn(actor, id);
  }

  /** Every Art. 5 condition for the application as it stands, explained in Chinese and English. */
  @ApiOperation({ summary: 'Pre-check the application against every Art. 5 condition, explained in Chinese and English (applicant)' })
  @Get(':id/precheck')
  check(@CurrentActor() actor: RequestActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.precheck.explain(actor, id);
  }

  @Post(':id/submit')
  @ApiOperation({
    summary: 'Submit the application',
    description:
      'Judges the figures against every Art. 5 condition and, when all are met, starts the filing procedure (Art. 6); refused while the organisation is under an Art. 9 ban.',
  })
  @ApiResponse({
    status: 422,
    description: 'the figures do not meet Art. 5 (CONDITIONS_NOT_MET) or the organisation is banned (BANNED, Art. 9): every failing condition with its article',
    content: { 'application/problem+json': { examples: REFUSAL_EXAMPLES } },
  })
  @ApiHeader(IDEMPOTENCY_KEY)
  async submit(
    @CurrentActor() actor: RequestActor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const outcome = await this.submission.submit(actor, id, key);
    res.status(outcome.status);
    return outcome.body;
  }

  /** Withdraw the application: a draft at once, a submitted one through its filing procedure. */
  @ApiOperation({ summary: 'Withdraw the application (applicant)' })
  @Post(':id/withdraw')
  @HttpCode(HttpStatus.OK)
  @DescribeBody(Withdraw)
  withdraw(@CurrentActor() actor: RequestActor, @Param('id', ParseUUIDPipe) id: string, @ValidBody(Withdraw) body: Withdraw) {
    return this.withdrawal.withdraw(actor, id, body);
  }

  /** Answer a return for correction with the corrected figures (and a note). */
  @ApiOperation({ summary: 'Answer a return for correction with corrected figures (applicant)' })
  @Post(':id/resubmit')
  @DescribeBody(Resubmit)
  @ApiHeader(IDEMPOTENCY_KEY)
  async resubmit(
    @CurrentActor() actor: RequestActor,
    @Param('id', ParseUUIDPipe) id: string,
    @ValidBody(Resubmit) body: Resubmit,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const outcome = await this.resubmission.resubmit(actor, id, body, key);
    res.status(outcome.status);
    return outcome.body;
  }

  @ApiOperation({ summary: 'The history of the application (its applicant, the district of its venue, the city)' })
  @Get(':id/timeline')
  timeline(@CurrentActor() actor: RequestActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.applications.timeline(actor, id);
  }
}
