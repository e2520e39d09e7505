import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentActor, DescribeQuery, RequestActor, requireRole, ValidQuery } from '@makerspace/http';
import { ExpertPool } from './expert-pool';

/** The pool's query: the application a panel is picked for, so conflicts with its organisation are shown. */
export const ExpertsQuery = z.object({ applicationId: z.uuid().optional() });
// A name of its own for the parsed type (a parameter typed by the schema's name would hand the schema to the OpenAPI scanner).
export type ExpertsFilter = z.infer<typeof ExpertsQuery>;

@ApiTags('experts')
@Controller('experts')
export class ExpertsController {
  constructor(private readonly pool: ExpertPool) {}

  /** The expert pool, to the city that picks panels: each expert's field, organisation and conflict with the application. */
  @Get()
  @DescribeQuery(ExpertsQuery)
  experts(@CurrentActor() actor: RequestActor, @ValidQuery(ExpertsQuery) query: ExpertsFilter) {
    requireRole(actor, 'city-officer');
    return this.pool.experts(query.applicationId);
  }
}
