import { actorFromClaims } from '@makerspace/http';
import { personFromClaims } from './person-claims';

/** Tokens as providers make them: the console must name the person the services will know, or nobody. */
const CLAIMS: Record<string, unknown>[] = [
  { sub: 'u-1', role: 'district-officer', division: '210302' },
  { sub: 'u-2', role: ['district-officer'], division: '210321', name: '李 铁东' },
  { sub: 'u-3', role: ['applicant'], organisation: 'org-1', preferred_username: 'wang' },
  { sub: 'u-4', role: ['applicant'] },
  { sub: 'u-5', role: ['applicant', 'city-officer'], organisation: 'org-1' },
  { sub: 'u-6', role: ['city-officer', 'expert'] },
  { sub: 'u-7', role: ['expert'], scope: 'openid profile' },
  { sub: 'u-8', role: 'public' },
  { sub: 'u-9', role: 'admin' },
  { sub: 'u-10', role: [] },
  { sub: 'u-11', role: ['applicant'], organisation: 7 },
  { sub: '', role: ['applicant'] },
  { role: ['applicant'] },
  { sub: 'u-12', role: 'scheduler', division: '210302' },
];

describe("the person of a token's claims", () => {
  it.each(CLAIMS.map((c) => [JSON.stringify(c), c]))('is the actor the services make of %s', (_name, claims) => {
    const actor = actorFromClaims(claims);
    const person = personFromClaims(claims);
    expect(person && { id: person.id, role: person.role, scope: person.scope }).toEqual(typeof actor === 'string' ? null : actor);
  });

  it('is named by the token, else by the username, else by the subject', () => {
    expect(personFromClaims({ sub: 's', role: 'expert', name: '张 电子', preferred_username: 'expert-zhang' })?.name).toBe('张 电子');
    expect(personFromClaims({ sub: 's', role: 'expert', preferred_username: 'expert-zhang' })?.name).toBe('expert-zhang');
    expect(personFromClaims({ sub: 's', role: 'expert' })?.name).toBe('s');
  });
});
