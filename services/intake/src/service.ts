import type { ServiceDescription } from '@makerspace/http';

export const INTAKE_SERVICE: ServiceDescription = {
  name: 'intake',
  title: 'Intake service',
  description:
    'Organisations, filing applications (draft, evidence, pre-check, submit, withdraw, corrections), change reports, annual self-reports, and the public registry.',
};
