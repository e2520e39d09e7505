import { Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequestActor, ValidQuery, ZodValidationPipe } from '@makerspace/http';
import { ProgressFilter, ProgressSearch, ResultFilter, ResultSearch, Year } from './cycle.dto';
import { CycleOpening } from './cycle-opening';
import { CycleProgress } from './cycle-progress';

@ApiTags('evaluation cycles')
@Controller('evaluation-cycles')
export class CyclesController {
  constructor(
    private readonly opening: CycleOpening,
    private readonly cycles: CycleProgress,
  ) {}

  /**
   * Open the evaluation of `year` by hand (normally the schedule does it in January). Opening a
   * year that is already open, or done, starts nothing new: `opened` is then false.
   */
  @Post(':year')
  @HttpCode(HttpStatus.ACCEPTED)
  open(@CurrentActor() actor: RequestActor, @Param('year', new ZodValidationPipe(Year)) year: number) {
    return this.opening.open(actor, year);
  }

  /** The cycle and its evaluations counted by status and confirmed grade, for the city or one division. */
  @Get(':year')
  progress(@CurrentActor() actor: RequestActor, @Param('year', new ZodValidationPipe(Year)) year: number, @ValidQuery(ProgressFilter) q: ProgressSearch) {
    return this.cycles.progress(actor, year, q);
  }

  /** The year's results, a page at a time; a district officer sees its own division. */
  @Get(':year/results')
  results(@CurrentActor() actor: RequestActor, @Param('year', new ZodValidationPipe(Year)) year: number, @ValidQuery(ResultFilter) q: ResultSearch) {
    return this.cycles.results(actor, year, q);
  }
}
