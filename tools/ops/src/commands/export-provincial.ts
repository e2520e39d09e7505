import { UsageError, textOption } from '../args';
import type { Command } from '../command';
import { serviceClient } from '../service-client';
import { deliver } from './deliver';

/** The provincial recommendation list of a year, as the evaluation service exports it (CSV). */
export const exportProvincial: Command = {
  name: 'export-provincial',
  usage: 'export-provincial <year> [--out <file.csv>]',
  summary: "the year's provincial recommendation list (grade A, Art. 7) as CSV, as a city officer",
  async run(args, io) {
    const [year] = args.positional;
    if (!year || !/^\d{4}$/.test(year)) throw new UsageError('the evaluated year, like 2025');
    const answer = await serviceClient('evaluation', 'city-officer', io).get(`/evaluation-cycles/${year}/recommendations/export`);
    deliver(io, answer.text, textOption(args, 'out'));
    return 0;
  },
};
