import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ValidQuery } from '@makerspace/http';
import { RegistryQuery } from './registry.dto';
import { RegistryService } from './registry.service';

/** The public registry of filed maker spaces (anonymous). */
@ApiTags('public')
@Controller('registry')
export class RegistryController {
  constructor(private readonly registry: RegistryService) {}

  @Get()
  search(@ValidQuery(RegistryQuery) q: RegistryQuery) {
    return this.registry.filedSpaces(q);
  }
}
