import { Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res, StreamableFile, UploadedFile, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor, RequestActor, ValidBody } from '@makerspace/http';
import { ApplicantOnly } from './applicant-only.guard';
import { EVIDENCE_KINDS, EvidenceForm } from './evidence.dto';
import { EvidenceService, ReceivedFile } from './evidence.service';
import { EvidenceTooLargeFilter } from './evidence-too-large.filter';

@ApiTags('evidence')
@Controller('applications/:id/evidence')
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  /** Upload one evidence file (multipart: `file` and `kind`); type and size are checked on the bytes. */
  @Post()
  @UseGuards(ApplicantOnly)
  @UseInterceptors(FileInterceptor('file'))
  @UseFilters(EvidenceTooLargeFilter)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['kind', 'file'],
      properties: { kind: { type: 'string', enum: [...EVIDENCE_KINDS] }, file: { type: 'string', format: 'binary' } },
    },
  })
  add(
    @CurrentActor() actor: RequestActor,
    @Param('id', ParseUUIDPipe) id: string,
    @ValidBody(EvidenceForm) form: EvidenceForm,
    @UploadedFile() file: ReceivedFile | undefined,
  ) {
    return this.evidence.add(actor, id, form, file);
  }

  @Get()
  list(@CurrentActor() actor: RequestActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.evidence.list(actor, id);
  }

  /** The file itself, as an attachment with the type its content was found to be. */
  @Get(':evidenceId/content')
  async download(
    @CurrentActor() actor: RequestActor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('evidenceId', ParseUUIDPipe) evidenceId: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { record, bytes } = await this.evidence.content(actor, id, evidenceId);
    res.attachment(record.fileName);
    res.setHeader('Content-Type', record.contentType);
    return new StreamableFile(bytes, { length: bytes.length });
  }

  @Delete(':evidenceId')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(@CurrentActor() actor: RequestActor, @Param('id', ParseUUIDPipe) id: string, @Param('evidenceId', ParseUUIDPipe) evidenceId: string) {
    await this.evidence.remove(actor, id, evidenceId);
  }
}
