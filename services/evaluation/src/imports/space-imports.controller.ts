import { Controller, HttpStatus, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { ApiException, CurrentActor, RequestActor, requireRole, ValidQuery } from '@makerspace/http';
import { todayInShanghai } from '@makerspace/policy';
import { readImportFile } from './import-file';
import { importTable } from './import-table';
import { IMPORT_MAX_BYTES, ImportOptions, type ImportOptionsQuery } from './space-import.dto';
import { type ImportReport, SpaceImporter } from './space-importer';

interface UploadedImport {
  originalname: string;
  buffer: Buffer;
}

@ApiTags('go-live import')
@Controller('space-imports')
export class SpaceImportsController {
  constructor(private readonly importer: SpaceImporter) {}

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
  async import(@CurrentActor() actor: RequestActor, @ValidQuery(ImportOptions) q: ImportOptionsQuery, @UploadedFile() file: UploadedImport | undefined): Promise<ImportReport> {
    requireRole(actor, 'city-officer', 'scheduler');
    if (!file) throw new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'the import file is missing', [{ field: 'file', rule: 'required', message: 'upload the file as the multipart field "file"' }]);
    const { spaces, issues } = readImportFile(await importTable(file.buffer), todayInShanghai(new Date()));
    if (issues.length > 0 && !q.partial) {
      throw new ApiException(HttpStatus.BAD_REQUEST, 'IMPORT_REFUSED', `${new Set(issues.map((i) => i.row)).size} row(s) are not valid; nothing was imported (fix them, or import the good rows with partial=true)`, issues);
    }
    return this.importer.record(actor, file.originalname, spaces, issues, q.partial);
  }
}
