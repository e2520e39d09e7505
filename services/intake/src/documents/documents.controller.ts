import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { DocumentKind } from '@makerspace/documents';
import { CurrentActor, RequestActor, ValidParam } from '@makerspace/http';
import { DocumentKindParam } from './documents.dto';
import { DocumentsService } from './documents.service';

@ApiTags('documents')
@Controller('applications/:id/documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  /** The official documents issued for the application (the filing certificate once it is filed). */
  @Get()
  list(@CurrentActor() actor: RequestActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.documents.list(actor, id);
  }

  /** The sealed PDF of one kind (`filing-certificate`), as an attachment or `?disposition=inline`. */
  @Get(':kind')
  download(
    @CurrentActor() actor: RequestActor,
    @Param('id', ParseUUIDPipe) id: string,
    @ValidParam('kind', DocumentKindParam) kind: DocumentKind,
    @Query('disposition') disposition: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.documents.content(actor, id, kind, res, disposition === 'inline' ? 'inline' : 'attachment');
  }
}
