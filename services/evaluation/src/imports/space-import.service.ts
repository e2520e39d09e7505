import { HttpStatus, Injectable } from '@nestjs/common';
import { ApiException, RequestActor, requireRole } from '@makerspace/http';
import { todayInShanghai } from '@makerspace/policy';
import { readImportFile } from './import-file';
import { importTable } from './import-table';
import { type ImportReport, SpaceImporter } from './space-importer';

/** A file as the upload gives it. */
export interface UploadedImport {
  originalname: string;
  buffer: Buffer;
}

/**
 * The go-live import of the spaces filed before this system (a city officer or the scheduler):
 * every row is checked; any bad row refuses the file naming each row and column, unless `partial`,
 * which records the good rows and reports the rest.
 */
@Injectable()
export class SpaceImportService {
  constructor(private readonly importer: SpaceImporter) {}

  async import(actor: RequestActor, file: UploadedImport | undefined, partial: boolean): Promise<ImportReport> {
    requireRole(actor, 'city-officer', 'scheduler');
    if (!file)
      throw new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'the import file is missing', [
        { field: 'file', rule: 'required', message: 'upload the file as the multipart field "file"' },
      ]);
    const { spaces, issues } = readImportFile(await importTable(file.buffer), todayInShanghai(new Date()));
    if (issues.length > 0 && !partial) {
      throw new ApiException(
        HttpStatus.BAD_REQUEST,
        'IMPORT_REFUSED',
        `${new Set(issues.map((i) => i.row)).size} row(s) are not valid; nothing was imported (fix them, or import the good rows with partial=true)`,
        issues,
      );
    }
    return this.importer.record(actor, file.originalname, spaces, issues, partial);
  }
}
