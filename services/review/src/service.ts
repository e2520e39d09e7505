import type { ServiceDescription } from '@makerspace/http';

export const REVIEW_SERVICE: ServiceDescription = {
  name: 'review',
  title: 'Review service',
  description: 'Staff task inbox by role and jurisdiction, task decisions as workflow updates, expert panels, objections, meeting decisions, revocations.',
};
