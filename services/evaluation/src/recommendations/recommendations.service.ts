import { Injectable } from '@nestjs/common';
import { RequestActor, requireRole } from '@makerspace/http';
import { PrismaService } from '../database/prisma.service';
import { RECOMMENDATION_CSV } from './recommendation-csv';

/** Art. 7 the provincial recommendation list of a year: best score first. */
@Injectable()
export class RecommendationsService {
  constructor(private readonly prisma: PrismaService) {}

  list(actor: RequestActor, year: number) {
    requireRole(actor, 'city-officer', 'district-officer');
    return this.rows(year);
  }

  /** The list as a CSV file to send on (city officers). */
  async csv(actor: RequestActor, year: number): Promise<string> {
    requireRole(actor, 'city-officer');
    return RECOMMENDATION_CSV.file(await this.rows(year));
  }

  private rows(year: number) {
    return this.prisma.recommendation.findMany({ where: { year }, orderBy: [{ score: 'desc' }, { filingNumber: 'asc' }] });
  }
}
