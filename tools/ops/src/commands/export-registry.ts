import { textOption } from '../args';
import type { Command } from '../command';
import { serviceClient } from '../service-client';
import { deliver } from './deliver';
import { REGISTRY_CSV, RegistrySpace } from './registry-csv';

const PAGE = 500;

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
    const spaces: RegistrySpace[] = [];
    for (let after: string | undefined; ;) {
      if (after) filter.set('after', after);
      const page = (await client.get<RegistrySpace[]>(`/spaces?${filter}`)).body;
      spaces.push(...page);
      if (page.length < PAGE) break;
      after = page[page.length - 1].id;
    }
    deliver(io, REGISTRY_CSV.file(spaces), textOption(args, 'out'));
    io.err(`${spaces.length} space(s)`);
    return 0;
  },
};
