import type { ActingPerson } from '@makerspace/contracts';

/** The people of the procedure, as the workflow sees them. */
export const staff = {
  tiedongOfficer: { id: 'officer-tiedong', role: 'district-officer', scope: '210302' },
  tiexiOfficer: { id: 'officer-tiexi', role: 'district-officer', scope: '210303' },
  cityOfficer: { id: 'officer-city', role: 'city-officer', scope: null },
  expert: (n: number): ActingPerson => ({ id: `expert-${n}`, role: 'expert', scope: null }),
  secretary: { id: 'secretary-1', role: 'meeting-secretary', scope: null },
} satisfies Record<string, ActingPerson | ((n: number) => ActingPerson)>;
