import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor, RequestActor, ZodValidationPipe } from '@makerspace/http';
import { Year } from '../cycles/cycle.dto';
import { RecommendationsService } from './recommendations.service';

/** Art. 7 对运行高效、发展良好的众创空间,优先推荐申报省级众创空间: the list sent to the province, by year. */
@ApiTags('evaluation cycles')
@Controller('evaluation-cycles/:year/recommendations')
export class RecommendationsController {
  constructor(private readonly list: RecommendationsService) {}

  @Get()
  recommendations(@CurrentActor() actor: RequestActor, @Param('year', new ZodValidationPipe(Year)) year: number) {
    return this.list.list(actor, year);
  }

  /** The same list as a CSV file to send on. */
  @Get('export')
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async export(@CurrentActor() actor: RequestActor, @Param('year', new ZodValidationPipe(Year)) year: number, @Res({ passthrough: true }) res: Response) {
    const csv = await this.list.csv(actor, year);
    res.setHeader('Content-Disposition', `attachment; filename="provincial-recommendations-${year}.csv"`);
    return csv;
  }
}
