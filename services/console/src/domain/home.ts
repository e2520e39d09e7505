import type { Role } from '@makerspace/contracts/browser';

/** Where a person lands after signing in. */
export function homeOf(role: Role): string {
  switch (role) {
    case 'applicant':
      return '#/applications';
    case 'district-officer':
    case 'city-officer':
    case 'expert':
      return '#/inbox';
    case 'meeting-secretary':
      return '#/meeting';
    default:
      return '#/';
  }
}
