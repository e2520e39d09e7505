import type { ServiceDescription } from '@makerspace/http';

export const EVALUATION_SERVICE: ServiceDescription = {
  name: 'evaluation',
  title: 'Evaluation service',
  description:
    'Supervision of filed maker spaces: annual evaluation cycles (Art. 7), scorecards, the provincial recommendation list, changes (Art. 8) and revocations.',
};
