import { Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags, ApiOperation } from '@nestjs/swagger';
import { CurrentActor, DescribeBody, RequestActor, ValidBody } from '@makerspace/http';
import { RegisterOrganisation } from './organisation.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @ApiOperation({ summary: 'Register the organisation (applicant)' })
  @Post()
  @DescribeBody(RegisterOrganisation)
  register(@CurrentActor() actor: RequestActor, @ValidBody(RegisterOrganisation) body: RegisterOrganisation) {
    return this.organisations.register(actor, body);
  }

  @ApiOperation({ summary: 'Read an organisation (its applicant, its district, the city)' })
  @Get(':id')
  get(@CurrentActor() actor: RequestActor, @Param('id') id: string) {
    return this.organisations.get(actor, id);
  }
}
