/** The kinds of change Art. 8 asks an operator to report within 3 months. */
export const CHANGE_KINDS = ['NAME', 'OPERATING_ORGANISATION', 'AREA', 'LOCATION'] as const;
