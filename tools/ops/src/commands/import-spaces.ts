import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fieldPath, type ProblemDocument } from '@makerspace/contracts';
import { UsageError } from '../args';
import type { Command } from '../command';
import { ServiceRefusal, serviceClient } from '../service-client';

interface Issue {
  field: string;
  rule: string;
  message: string;
  article?: string;
}

interface ImportReport {
  importId: string;
  created: { row: number; filingNumber: string; spaceId: string }[];
  alreadyOnRecord: { row: number; filingNumber: string; spaceId: string }[];
  refused: Issue[];
}

const issueLine = (i: Issue) => `  ${i.field}: ${i.message} [${i.rule}${i.article ? `, ${i.article}` : ''}]`;

/**
 * Posts a go-live file to the evaluation service (POST /space-imports), which checks and records
 * it; prints what it created, what was already on record, and every refused row and column.
 */
export const importSpaces: Command = {
  name: 'import',
  usage: 'import <file.csv|file.xlsx> [--partial]',
  summary: 'take over the spaces filed before the system; any bad row refuses the file unless --partial (see docs/go-live.md)',
  async run(args, io) {
    const [file] = args.positional;
    if (!file) throw new UsageError('the CSV or XLSX file to import');
    const partial = args.options.partial === true;
    const client = serviceClient('evaluation', 'city-officer', io);
    let report: ImportReport;
    try {
      report = (await client.upload<ImportReport>(`/space-imports?partial=${partial}`, 'file', basename(file), readFileSync(file))).body;
    } catch (e) {
      if (!(e instanceof ServiceRefusal) || e.answer.status !== 400) throw e;
      const problem = e.answer.body as ProblemDocument;
      io.err(`refused: ${problem.detail}`);
      for (const error of problem.errors ?? [])
        io.err(issueLine({ field: fieldPath(error.pointer) || '(request)', rule: error.rule, message: error.message_en, article: error.article }));
      return 1;
    }
    io.out(
      `import ${report.importId}: ${report.created.length} space(s) created, ${report.alreadyOnRecord.length} already on record, ${new Set(report.refused.map((i) => i.field.split(',')[0])).size} row(s) refused`,
    );
    for (const s of report.created) io.out(`  row ${s.row}: ${s.filingNumber} created as space ${s.spaceId}`);
    for (const s of report.alreadyOnRecord) io.out(`  row ${s.row}: ${s.filingNumber} already on record (space ${s.spaceId})`);
    for (const issue of report.refused) io.err(issueLine(issue));
    return report.refused.length > 0 ? 1 : 0;
  },
};
