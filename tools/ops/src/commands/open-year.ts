import { UsageError } from '../args';
import type { Command } from '../command';
import { serviceClient } from '../service-client';

/** Opens a year's evaluation by hand through the evaluation service, as the scheduler (Art. 7). */
export const openYear: Command = {
  name: 'open-year',
  usage: 'open-year <year>',
  summary: "open a year's evaluation cycle by hand (the schedule does it every January); opening it again starts nothing",
  async run(args, io) {
    const [year] = args.positional;
    if (!year || !/^\d{4}$/.test(year)) throw new UsageError('the year to open, like 2026');
    const answer = await serviceClient('evaluation', 'scheduler', io).post<{ workflowId: string; opened: boolean }>(`/evaluation-cycles/${year}`);
    const { workflowId, opened } = answer.body;
    io.out(
      opened
        ? `opened the evaluation of ${year} (workflow ${workflowId})`
        : `the evaluation of ${year} was already opened (workflow ${workflowId}); nothing started`,
    );
    return 0;
  },
};
