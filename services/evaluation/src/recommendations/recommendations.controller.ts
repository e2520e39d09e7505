import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor, RequestActor, requireRole, ZodValidationPipe } from '@makerspace/http';
import { Year } from '../cycles/cycle.dto';
import { PrismaService } from '../database/prisma.service';
import { RECOMMENDATION_CSV } from './recommendation-csv';

/** Art. 7 对运行高效、发展良好的众创空间,优先推荐申报省级众创空间: the list sent to the province, by year. */
@ApiTags('evaluation cycles')
@Controller('evaluation-cycles/:year/recommendations')
export class RecommendationsController {
  constructor(private readonly prisma: PrismaService) {}

  private list(year: number) {
    return this.prisma.recommendation.findMany({ where: { year }, orderBy: [{ score: 'desc' }, { filingNumber: 'asc' }] });
  }

  @Get()
  recommendations(@CurrentActor() actor: RequestActor, @Param('year', new ZodValidationPipe(Year)) year: number) {
    requireRole(actor, 'city-officer', 'district-officer');
    return this.list(year);
  }

  /** The same list as a CSV file to send on. */
  @Get('export')
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async export(@CurrentActor() actor: RequestActor, @Param('year', new ZodValidationPipe(Year)) year: number, @Res({ passthrough: true }) res: Response) {
    requireRole(actor, 'city-officer');
    res.setHeader('Content-Disposition', `attachment; filename="provincial-recommendations-${year}.csv"`);
    return RECOMMENDATION_CSV.file(await this.list(year));
  }
}
