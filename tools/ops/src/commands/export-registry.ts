import { textOption } from '../args';
import type { Command } from '../command';
import { csvLine, UTF8_BOM } from '../csv-line';
import { serviceClient } from '../service-client';
import { deliver } from './deliver';

interface SpaceRow {
  id: string;
  filingNumber: string;
  name: string;
  organisationId: string;
  divisionCode: string;
  filedOn: string;
  status: string;
  revokedOn: string | null;
  revokedArticle: string | null;
  revokedReason: string | null;
}

const PAGE = 500;
const HEADER = ['filing_number', 'space_name', 'space_id', 'organisation_id', 'division_code', 'filed_on', 'status', 'revoked_on', 'revoked_article', 'revoked_reason'];

/** The registry of filed spaces (the evaluation service's space records, every status) as CSV. */
export const exportRegistry: Command = {
  name: 'export-registry',
  usage: 'export-registry [--status ACTIVE|REVOKED] [--division <code>] [--out <file.csv>]',
  summary: 'the registry of filed maker spaces with their status as CSV (UTF-8 with BOM), as a city officer',
  async run(args, io) {
    const client = serviceClient('evaluation', 'city-officer', io);
    const filter = new URLSearchParams({ limit: String(PAGE) });
    const status = textOption(args, 'status');
    const division = textOption(args, 'division');
    if (status) filter.set('status', status);
    if (division) filter.set('divisionCode', division);
    const lines = [csvLine(HEADER)];
    for (let after: string | undefined; ; ) {
      if (after) filter.set('after', after);
      const page = (await client.get<SpaceRow[]>(`/spaces?${filter}`)).body;
      for (const s of page) lines.push(csvLine([s.filingNumber, s.name, s.id, s.organisationId, s.divisionCode, s.filedOn, s.status, s.revokedOn, s.revokedArticle, s.revokedReason]));
      if (page.length < PAGE) break;
      after = page[page.length - 1].id;
    }
    deliver(io, `${UTF8_BOM}${lines.join('\r\n')}\r\n`, textOption(args, 'out'));
    io.err(`${lines.length - 1} space(s)`);
    return 0;
  },
};
