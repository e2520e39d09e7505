/** The intake service's public answers: the registry of filed spaces and the applications under public notice. */

/** One page of a list, with the total across all pages. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** A filed space as the public registry shows it (GET /registry). */
export interface FiledSpace {
  spaceId: string;
  filingNumber: string;
  spaceName: string;
  organisationName: string;
  divisionCode: string;
  filedOn: string;
  status: string;
}

/** An application under public notice, open to objections until `until` (GET /public-notices). */
export interface NoticeView {
  applicationId: string;
  spaceName: string;
  organisationName: string;
  divisionCode: string;
  from: string;
  until: string;
}
