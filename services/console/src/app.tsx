import { ReactNode } from 'react';
import type { Role } from '@makerspace/contracts/browser';
import { useConsole } from './app-context';
import { divisionName } from './format/format';
import { MessageKey } from './i18n/dictionary';
import { ApplicationPage } from './pages/applicant/application-page';
import { ApplicationWizard } from './pages/applicant/application-wizard';
import { ApplicationsPage } from './pages/applicant/applications-page';
import { DraftWizard } from './pages/applicant/draft-wizard';
import { OrganisationPage } from './pages/applicant/organisation-page';
import { SpacePage } from './pages/applicant/space-page';
import { EvaluationPage } from './pages/evaluation/evaluation-page';
import { NoticesPage } from './pages/public/notices-page';
import { VerifyPage } from './pages/public/verify-page';
import { RegistryPage } from './pages/public/registry-page';
import { SignInPage } from './pages/sign-in-page';
import { InboxPage } from './pages/staff/inbox-page';
import { MeetingPage } from './pages/staff/meeting-page';
import { ReviewPage } from './pages/staff/review-page';
import { SearchPage } from './pages/staff/search-page';
import { SupervisedChangePage } from './pages/supervision/supervised-change-page';
import { SupervisedEvaluationPage } from './pages/supervision/supervised-evaluation-page';
import { Route } from './routing/route';
import { useRoute } from './routing/use-route';
import type { Person } from './session/session';

/** The pages each role finds in the menu, besides the public ones. */
const MENU: Readonly<Partial<Record<Role, readonly { href: string; label: MessageKey }[]>>> = {
  applicant: [
    { href: '#/applications', label: 'nav.applications' },
    { href: '#/organisation', label: 'nav.organisation' },
  ],
  'district-officer': [
    { href: '#/inbox', label: 'nav.inbox' },
    { href: '#/search', label: 'nav.search' },
    { href: '#/evaluation', label: 'nav.evaluation' },
  ],
  'city-officer': [
    { href: '#/inbox', label: 'nav.inbox' },
    { href: '#/search', label: 'nav.search' },
    { href: '#/evaluation', label: 'nav.evaluation' },
  ],
  expert: [{ href: '#/inbox', label: 'nav.inbox' }],
  'meeting-secretary': [{ href: '#/meeting', label: 'nav.meeting' }],
};

/** What the signed-in person acts for: a district officer's division, whether an applicant's organisation is bound. */
function useScopeOf(): (person: Person) => string | null {
  const { t, lang } = useConsole();
  return (person) => {
    if (person.role === 'district-officer') return person.scope ? divisionName(person.scope, lang) : t('signIn.noDivision');
    if (person.role === 'applicant') return person.scope ? t('signIn.organisationBound') : t('signIn.organisationUnbound');
    return null;
  };
}

export function App() {
  const { t, lang, setLang, session, signIn } = useConsole();
  const route = useRoute();
  const scopeOf = useScopeOf();
  return (
    <>
      <a className="skip" href="#main">
        {t('nav.skip')}
      </a>
      <header className="top">
        <a className="brand" href="#/">
          {t('app.title')}
        </a>
        <nav aria-label={t('nav.menu')}>
          <a href="#/">{t('nav.registry')}</a>
          <a href="#/notices">{t('nav.notices')}</a>
          <a href="#/verify">{t('nav.verify')}</a>
          {session &&
            MENU[session.person.role]?.map((item) => (
              <a key={item.href} href={item.href}>
                {t(item.label)}
              </a>
            ))}
        </nav>
        <div className="who">
          <button type="button" className="link" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} lang={lang === 'zh' ? 'en' : 'zh'}>
            {lang === 'zh' ? 'English' : '中文'}
          </button>
          {session ? (
            <>
              <span data-testid="signed-in-as">
                {session.person.name} · {t(`role.${session.person.role}`)}
                {scopeOf(session.person) && ` · ${scopeOf(session.person)}`}
              </span>
              <button type="button" className="link" onClick={() => void signIn.signOut()}>
                {t('nav.signOut')}
              </button>
            </>
          ) : (
            <a href="#/sign-in">{t('nav.signIn')}</a>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Page route={route} />
      </main>
    </>
  );
}

function Page({ route }: { route: Route }): ReactNode {
  const { t, session } = useConsole();
  const signedIn = (page: ReactNode) => (session ? page : <SignInPage />);
  switch (route.page) {
    case 'registry':
      return <RegistryPage />;
    case 'notices':
      return <NoticesPage />;
    case 'sign-in':
      return <SignInPage />;
    case 'organisation':
      return signedIn(<OrganisationPage />);
    case 'applications':
      return signedIn(<ApplicationsPage />);
    case 'new-application':
      return signedIn(<ApplicationWizard />);
    case 'application':
      return signedIn(<ApplicationPage key={route.id} id={route.id} />);
    case 'edit-application':
      return signedIn(<DraftWizard key={route.id} id={route.id} />);
    case 'space':
      return signedIn(<SpacePage key={route.id} id={route.id} />);
    case 'inbox':
      return signedIn(<InboxPage />);
    case 'review':
      return signedIn(<ReviewPage key={route.id} id={route.id} />);
    case 'search':
      return signedIn(<SearchPage />);
    case 'meeting':
      return signedIn(<MeetingPage />);
    case 'evaluation':
      return signedIn(<EvaluationPage />);
    case 'supervised-evaluation':
      return signedIn(<SupervisedEvaluationPage key={`${route.spaceId}/${route.year}`} spaceId={route.spaceId} year={route.year} />);
    case 'supervised-change':
      return signedIn(<SupervisedChangePage key={`${route.spaceId}/${route.changeId}`} spaceId={route.spaceId} changeId={route.changeId} />);
    case 'verify':
      return <VerifyPage key={route.code ?? ''} code={route.code} />;
    case 'not-found':
      return <p>{t('nav.notFound')}</p>;
  }
}
