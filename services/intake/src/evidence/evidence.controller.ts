import { Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Response } from 'express';
import { FileUpload, SpooledUpload, UploadedSpool } from '@makerspace/files';
import { CurrentActor, RequestActor, ValidBody } from '@makerspace/http';
import { ApplicantOnly } from './applicant-only.guard';
import { EVIDENCE_KINDS, EvidenceForm } from './evidence.dto';
import { EvidenceService } from './evidence.service';

@ApiTags('evidence')
@Controller('applications/:id/evidence')
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  /** Upload one evidence file (multipart: `file` and `kind`), streamed; type and size are checked on the bytes. */
  @ApiOperation({ summary: 'Upload an evidence file to a draft (applicant, multipart)' })
  @Post()
  @UseGuards(ApplicantOnly)
  @UseInterceptors(FileUpload())
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
    @UploadedSpool() file: SpooledUpload,
  ) {
    return this.evidence.add(actor, id, form, file);
  }

  @ApiOperation({ summary: 'List the evidence of an application' })
  @Get()
  list(@CurrentActor() actor: RequestActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.evidence.list(actor, id);
  }

  /** The file itself, streamed: as an attachment, or `?disposition=inline` to preview a PDF or an image. */
  @ApiOperation({ summary: 'Download an evidence file' })
  @Get(':evidenceId/content')
  download(
    @CurrentActor() actor: RequestActor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('evidenceId', ParseUUIDPipe) evidenceId: string,
    @Query('disposition') disposition: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.evidence.content(actor, id, evidenceId, res, disposition === 'inline' ? 'inline' : 'attachment');
  }

  @ApiOperation({ summary: 'Delete an evidence file from a draft (applicant)' })
  @Delete(':evidenceId')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(@CurrentActor() actor: RequestActor, @Param('id', ParseUUIDPipe) id: string, @Param('evidenceId', ParseUUIDPipe) evidenceId: string) {
    await this.evidence.remove(actor, id, evidenceId);
  }
}
