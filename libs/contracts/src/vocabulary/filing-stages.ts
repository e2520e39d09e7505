/** The review stages of the filing procedure (Art. 6), in the order an application meets them. */
export const FILING_STAGES = ['PRELIMINARY_REVIEW', 'RE_REVIEW', 'ON_SITE_INSPECTION', 'EXPERT_REVIEW', 'PUBLIC_NOTICE', 'DIRECTOR_MEETING'] as const;
