/** Every status an application passes through in intake's records, the draft first. */
export const APPLICATION_STATUSES = ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'RETURNED', 'REJECTED', 'WITHDRAWN', 'DISQUALIFIED', 'FILED'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** What a search of applications may be sorted by (GET /applications `sort`), and the default. */
export const APPLICATION_SORTS = ['submittedOn', 'updatedAt', 'spaceName'] as const;
export type ApplicationSort = (typeof APPLICATION_SORTS)[number];
