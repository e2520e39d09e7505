import { Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuditTrail } from '@makerspace/audit';
import { evaluationCycleWorkflow } from '@makerspace/contracts';
import { CurrentActor, RequestActor, requireRole, ValidQuery, ZodValidationPipe } from '@makerspace/http';
import { divisionOf } from '../access/space-access';
import { SupervisionWorkflows } from '../temporal/supervision-workflows';
import { ProgressFilter, ProgressSearch, ResultFilter, ResultSearch, Year } from './cycle.dto';
import { CycleProgress } from './cycle-progress';

@ApiTags('evaluation cycles')
@Controller('evaluation-cycles')
export class CyclesController {
  constructor(
    private readonly workflows: SupervisionWorkflows,
    private readonly cycles: CycleProgress,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * Open the evaluation of `year` by hand (normally the schedule does it in January). Opening a
   * year that is already open, or done, starts nothing new: `opened` is then false.
   */
  @Post(':year')
  @HttpCode(HttpStatus.ACCEPTED)
  async open(@CurrentActor() actor: RequestActor, @Param('year', new ZodValidationPipe(Year)) year: number) {
    requireRole(actor, 'scheduler');
    const workflowId = evaluationCycleWorkflow.workflowId({ year });
    const opened = await this.workflows.startOnce(evaluationCycleWorkflow, { year });
    if (opened) await this.audit.record({ actor, action: 'evaluation-cycle.opened', subject: { type: 'evaluation-cycle', id: String(year) }, after: { year, workflowId } });
    return { year, workflowId, opened };
  }

  /** The cycle and its evaluations counted by status and confirmed grade, for the city or one division. */
  @Get(':year')
  progress(@CurrentActor() actor: RequestActor, @Param('year', new ZodValidationPipe(Year)) year: number, @ValidQuery(ProgressFilter) q: ProgressSearch) {
    requireRole(actor, 'city-officer', 'district-officer', 'scheduler');
    return this.cycles.progress(year, divisionOf(actor, q.divisionCode));
  }

  /** The year's results, a page at a time; a district officer sees its own division. */
  @Get(':year/results')
  results(@CurrentActor() actor: RequestActor, @Param('year', new ZodValidationPipe(Year)) year: number, @ValidQuery(ResultFilter) q: ResultSearch) {
    requireRole(actor, 'city-officer', 'district-officer');
    return this.cycles.results(year, { ...q, divisionCode: divisionOf(actor, q.divisionCode) });
  }
}
