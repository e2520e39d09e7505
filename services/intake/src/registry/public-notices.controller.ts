import { Controller, Get, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiTags, ApiTooManyRequestsResponse, ApiOperation } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { DescribeBody, DescribeQuery, ValidBody, ValidQuery } from '@makerspace/http';
import { ObjectionForm } from './objection.dto';
import { ObjectionsService } from './objections.service';
import { NoticeQuery, NoticeSearch } from './registry.dto';
import { RegistryService } from './registry.service';

/** Applications under public notice and the public's objections to them (anonymous). */
@ApiTags('public')
@Controller('public-notices')
export class PublicNoticesController {
  constructor(
    private readonly registry: RegistryService,
    private readonly objections: ObjectionsService,
  ) {}

  @ApiOperation({ summary: 'List the applications under public notice now (anyone)' })
  @Get()
  @DescribeQuery(NoticeQuery)
  list(@ValidQuery(NoticeQuery) q: NoticeSearch) {
    return this.registry.openNotices(q);
  }

  /** Lodge an objection during the notice period (Art. 6(4)); limited per address against floods. */
  @ApiOperation({ summary: 'Lodge an objection during the notice period (anyone, Art. 6(4))' })
  @Post(':applicationId/objections')
  @UseGuards(ThrottlerGuard)
  @DescribeBody(ObjectionForm)
  @ApiTooManyRequestsResponse({ description: 'too many objections from this address in the last minute' })
  lodge(@Param('applicationId', ParseUUIDPipe) applicationId: string, @ValidBody(ObjectionForm) form: ObjectionForm) {
    return this.objections.lodge(applicationId, form);
  }
}
