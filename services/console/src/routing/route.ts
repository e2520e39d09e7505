/** The console's pages, addressed by the URL's fragment (`#/applications/<id>`). */
export type Route =
  | { page: 'registry' }
  | { page: 'notices' }
  | { page: 'sign-in' }
  | { page: 'organisation' }
  | { page: 'applications' }
  | { page: 'new-application' }
  | { page: 'application'; id: string }
  | { page: 'edit-application'; id: string }
  | { page: 'inbox' }
  | { page: 'search' }
  | { page: 'review'; id: string }
  | { page: 'space'; id: string }
  | { page: 'meeting' }
  | { page: 'evaluation' }
  | { page: 'supervised-evaluation'; spaceId: string; year: number }
  | { page: 'supervised-change'; spaceId: string; changeId: string }
  | { page: 'verify'; code?: string }
  | { page: 'not-found'; path: string };

const FIXED: Readonly<Record<string, Route>> = {
  '': { page: 'registry' },
  notices: { page: 'notices' },
  'sign-in': { page: 'sign-in' },
  organisation: { page: 'organisation' },
  applications: { page: 'applications' },
  'applications/new': { page: 'new-application' },
  inbox: { page: 'inbox' },
  search: { page: 'search' },
  meeting: { page: 'meeting' },
  evaluation: { page: 'evaluation' },
  verify: { page: 'verify' },
};

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#?\/?/, '').replace(/\/$/, '');
  const fixed = FIXED[path];
  if (fixed) return fixed;
  const [section, id, ...rest] = path.split('/');
  if (id && rest.length === 0 && section === 'applications') return { page: 'application', id: decodeURIComponent(id) };
  if (id && rest.length === 1 && rest[0] === 'edit' && section === 'applications') return { page: 'edit-application', id: decodeURIComponent(id) };
  if (id && rest.length === 0 && section === 'review') return { page: 'review', id: decodeURIComponent(id) };
  if (id && rest.length === 0 && section === 'spaces') return { page: 'space', id: decodeURIComponent(id) };
  if (id && rest.length === 0 && section === 'verify') return { page: 'verify', code: decodeURIComponent(id) };
  if (id && section === 'supervision') return supervisionRoute(decodeURIComponent(id), rest) ?? { page: 'not-found', path };
  return { page: 'not-found', path };
}

/** `#/supervision/<spaceId>/evaluations/<year>` and `#/supervision/<spaceId>/changes/<changeId>`: staff pages of a space's supervision. */
function supervisionRoute(spaceId: string, rest: string[]): Route | undefined {
  const [kind, key, ...more] = rest;
  if (!key || more.length) return undefined;
  if (kind === 'evaluations' && /^\d{4}$/.test(key)) return { page: 'supervised-evaluation', spaceId, year: Number(key) };
  if (kind === 'changes') return { page: 'supervised-change', spaceId, changeId: decodeURIComponent(key) };
  return undefined;
}

export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'registry':
      return '#/';
    case 'new-application':
      return '#/applications/new';
    case 'application':
      return `#/applications/${encodeURIComponent(route.id)}`;
    case 'edit-application':
      return `#/applications/${encodeURIComponent(route.id)}/edit`;
    case 'review':
      return `#/review/${encodeURIComponent(route.id)}`;
    case 'space':
      return `#/spaces/${encodeURIComponent(route.id)}`;
    case 'supervised-evaluation':
      return `#/supervision/${encodeURIComponent(route.spaceId)}/evaluations/${route.year}`;
    case 'supervised-change':
      return `#/supervision/${encodeURIComponent(route.spaceId)}/changes/${encodeURIComponent(route.changeId)}`;
    case 'verify':
      return route.code ? `#/verify/${encodeURIComponent(route.code)}` : '#/verify';
    case 'not-found':
      return `#/${route.path}`;
    default:
      return `#/${route.page}`;
  }
}
