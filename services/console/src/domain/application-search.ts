import type { ApplicationSort } from '@makerspace/contracts/browser';

/** The intake service's search of applications (GET /applications), typed by the contracts. */
export type { ApplicationSort, ApplicationSummary } from '@makerspace/contracts/browser';
export { APPLICATION_SORTS, APPLICATION_STATUSES } from '@makerspace/contracts/browser';

/** What the search form sends: every filter a text ('' leaves it out), then the order and the page. */
export interface ApplicationSearchForm {
  name: string;
  uscc: string;
  filingNumber: string;
  status: string;
  stage: string;
  division: string;
  year: string;
  overdue: '' | 'true';
  sort: ApplicationSort;
  order: 'asc' | 'desc';
}

export const EMPTY_SEARCH: ApplicationSearchForm = {
  name: '',
  uscc: '',
  filingNumber: '',
  status: '',
  stage: '',
  division: '',
  year: '',
  overdue: '',
  sort: 'submittedOn',
  order: 'desc',
};

/** The years a search may name: from the Measures' first (2020) to this one, the latest first. */
export function searchableYears(thisYear: number): string[] {
  return Array.from({ length: thisYear - 2019 }, (_, i) => String(thisYear - i));
}
