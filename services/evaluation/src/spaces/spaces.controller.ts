import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ValidQuery } from '@makerspace/http';
import { PrismaService } from '../database/prisma.service';

const SpaceQuery = z.object({
  status: z.enum(['ACTIVE', 'REVOKED']).optional(),
  divisionCode: z.string().max(20).optional(),
});

@ApiTags('spaces')
@Controller('spaces')
export class SpacesController {
  constructor(private readonly prisma: PrismaService) {}

  /** The supervised maker spaces, by filing number. */
  @Get()
  list(@ValidQuery(SpaceQuery) q: z.infer<typeof SpaceQuery>) {
    return this.prisma.space.findMany({ where: { ...q }, orderBy: { filingNumber: 'asc' }, take: 500 });
  }
}
