import { Controller, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequestActor, ValidQuery } from '@makerspace/http';
import { IMPORT_MAX_BYTES, ImportOptions, type ImportOptionsQuery } from './space-import.dto';
import { SpaceImportService, UploadedImport } from './space-import.service';
import type { ImportReport } from './space-importer';

@ApiTags('go-live import')
@Controller('space-imports')
export class SpaceImportsController {
  constructor(private readonly imports: SpaceImportService) {}

  /**
   * Take over the spaces filed before this system (multipart `file`: CSV in UTF-8 or XLSX). Every
   * row is checked; any bad row refuses the file with 400 naming each row and column, unless
   * `partial=true`, which records the good rows and reports the rest. Rows whose filing number is
   * already on record are left as they are, so a file imported twice creates each space once.
   */
  @Post()
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 5 }, defParamCharset: 'utf8' }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  import(
    @CurrentActor() actor: RequestActor,
    @ValidQuery(ImportOptions) q: ImportOptionsQuery,
    @UploadedFile() file: UploadedImport | undefined,
  ): Promise<ImportReport> {
    return this.imports.import(actor, file, q.partial);
  }
}
