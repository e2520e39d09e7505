import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags, ApiOperation } from '@nestjs/swagger';
import { CurrentActor, DescribeBody, DescribeQuery, RequestActor, requireRole, ValidBody, ValidQuery } from '@makerspace/http';
import { BindingDecision, BindingsFilter, BindingsQuery } from './organisation.dto';
import { OrganisationBindings } from './organisation-bindings.service';

@ApiTags('organisations')
@Controller()
export class OrganisationBindingsController {
  constructor(private readonly bindings: OrganisationBindings) {}

  /** The organisations whose applicants await the district's check (a district officer's own division; the city sees all). */
  @ApiOperation({ summary: "List the organisations awaiting the district's check (district officer)" })
  @Get('organisation-bindings')
  @DescribeQuery(BindingsQuery)
  list(@CurrentActor() actor: RequestActor, @ValidQuery(BindingsQuery) filter: BindingsFilter) {
    requireRole(actor, 'district-officer', 'city-officer');
    return this.bindings.list(actor, filter);
  }

  /**
   * The district's decision: CONFIRM binds the applicant who registered the organisation to it at
   * the identity provider; REFUSE (with the reason) leaves it unbound. 404 for another district's
   * organisation, 409 once decided, 503 while the identity provider does not answer.
   */
  @ApiOperation({ summary: "Confirm or refuse an applicant's binding to its organisation (district officer)" })
  @Post('organisations/:id/binding')
  @HttpCode(HttpStatus.OK)
  @DescribeBody(BindingDecision)
  decide(@CurrentActor() actor: RequestActor, @Param('id', ParseUUIDPipe) id: string, @ValidBody(BindingDecision) decision: BindingDecision) {
    requireRole(actor, 'district-officer');
    return this.bindings.decide(actor, id, decision);
  }
}
