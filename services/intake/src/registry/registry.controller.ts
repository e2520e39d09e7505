import { Controller, Get } from '@nestjs/common';
import { ApiTags, ApiOperation } from '@nestjs/swagger';
import { DescribeQuery, ValidQuery } from '@makerspace/http';
import { RegistryQuery, RegistrySearch } from './registry.dto';
import { RegistryService } from './registry.service';

/** The public registry of filed maker spaces (anonymous). */
@ApiTags('public')
@Controller('registry')
export class RegistryController {
  constructor(private readonly registry: RegistryService) {}

  @ApiOperation({ summary: 'Search the public registry of filed spaces (anyone)' })
  @Get()
  @DescribeQuery(RegistryQuery)
  search(@ValidQuery(RegistryQuery) q: RegistrySearch) {
    return this.registry.filedSpaces(q);
  }
}
