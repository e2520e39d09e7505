import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequestActor, ValidQuery } from '@makerspace/http';
import { SpaceList, SpaceSearch, SupervisedSpaces, SupervisedSpacesSearch } from './space.dto';
import { SpacesService } from './spaces.service';

@ApiTags('spaces')
@Controller('spaces')
export class SpacesController {
  constructor(private readonly spaces: SpacesService) {}

  /** The supervised maker spaces in id order, a page at a time; a district officer sees its own division. */
  @Get()
  list(@CurrentActor() actor: RequestActor, @ValidQuery(SpaceList) q: SpaceSearch) {
    return this.spaces.list(actor, q);
  }

  /** The spaces an evaluation cycle asks for reports (for the supervision workflows). */
  @Get('supervised')
  supervised(@CurrentActor() actor: RequestActor, @ValidQuery(SupervisedSpaces) q: SupervisedSpacesSearch) {
    return this.spaces.supervised(actor, q);
  }

  /** The space record: current figures, status (revoked with article and reason), evaluations and changes. */
  @Get(':spaceId')
  record(@CurrentActor() actor: RequestActor, @Param('spaceId') spaceId: string) {
    return this.spaces.record(actor, spaceId);
  }
}
