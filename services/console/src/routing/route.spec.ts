import { hrefOf, parseRoute, Route } from './route';

describe('the console routes', () => {
  it.each<[string, Route]>([
    ['', { page: 'registry' }],
    ['#/', { page: 'registry' }],
    ['#/notices', { page: 'notices' }],
    ['#/applications/new', { page: 'new-application' }],
    ['#/applications/3f1c', { page: 'application', id: '3f1c' }],
    ['#/review/3f1c/', { page: 'review', id: '3f1c' }],
    ['#/evaluation', { page: 'evaluation' }],
    ['#/search', { page: 'search' }],
    ['#/spaces/s1', { page: 'space', id: 's1' }],
    ['#/applications/3f1c/edit', { page: 'edit-application', id: '3f1c' }],
    ['#/applications/a/b', { page: 'not-found', path: 'applications/a/b' }],
    ['#/supervision/s-1/evaluations/2026', { page: 'supervised-evaluation', spaceId: 's-1', year: 2026 }],
    ['#/supervision/s-1/changes/c-1', { page: 'supervised-change', spaceId: 's-1', changeId: 'c-1' }],
    ['#/supervision/s-1/evaluations/last', { page: 'not-found', path: 'supervision/s-1/evaluations/last' }],
    ['#/supervision/s-1', { page: 'not-found', path: 'supervision/s-1' }],
    ['#/verify', { page: 'verify' }],
    ['#/verify/ABCDE-12345', { page: 'verify', code: 'ABCDE-12345' }],
  ])('reads %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('writes every route back to a fragment that reads as the same route', () => {
    const routes: Route[] = [
      { page: 'registry' },
      { page: 'inbox' },
      { page: 'new-application' },
      { page: 'application', id: 'x y' },
      { page: 'review', id: 'r1' },
      { page: 'space', id: 's 1' },
      { page: 'edit-application', id: 'a1' },
      { page: 'supervised-evaluation', spaceId: 's 1', year: 2026 },
      { page: 'supervised-change', spaceId: 's 1', changeId: 'c/1' },
      { page: 'verify' },
      { page: 'verify', code: 'ABCDE-12345' },
    ];
    for (const route of routes) expect(parseRoute(hrefOf(route))).toEqual(route);
  });
});
