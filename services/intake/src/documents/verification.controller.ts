import { Controller, Get, HttpCode, HttpStatus, Param, Post, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { FileUpload, SpooledUpload, UploadedSpool } from '@makerspace/files';
import { ValidBody } from '@makerspace/http';
import { VerificationForm } from './documents.dto';
import { VerificationService } from './verification.service';

/** The public verification of the bureau's documents (anonymous): what the QR code on each one opens. */
@ApiTags('public')
@Controller('verification')
export class VerificationController {
  constructor(private readonly verification: VerificationService) {}

  /** The record and checksum of the document printed with this code. */
  @Get(':code')
  byCode(@Param('code') code: string) {
    return this.verification.byCode(code);
  }

  /** Whether a PDF (multipart `file`, optionally the `code` printed on it) is a document as the bureau issued it. */
  @Post()
  @HttpCode(HttpStatus.OK)
  @UseInterceptors(FileUpload())
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' }, code: { type: 'string' } } } })
  checkFile(@ValidBody(VerificationForm) form: VerificationForm, @UploadedSpool() file: SpooledUpload) {
    return this.verification.checkFile(file, form.code);
  }
}
