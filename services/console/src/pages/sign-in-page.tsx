import { useConsole } from '../app-context';

/**
 * Sign-in at the identity provider: its own login page (staff and applicants), or its
 * registration page, where an applicant makes its own account. Back here when the provider
 * refused or the person turned back, with the reason.
 */
export function SignInPage() {
  const { t, signIn, signInProblem } = useConsole();
  // Back on the page the person wanted, unless that was this one (then at the desk of the role).
  const returnTo = window.location.hash === '#/sign-in' ? '' : window.location.hash;
  return (
    <section className="narrow">
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
      {signInProblem && (
        <p role="alert" className="problem">
          {t('signIn.failed', { reason: signInProblem })}
        </p>
      )}
      <p>
        <button type="button" onClick={() => void signIn.start(returnTo)}>
          {t('signIn.submit')}
        </button>
      </p>
      <p>{t('signIn.registerIntro')}</p>
      <p>
        <button type="button" className="secondary" onClick={() => void signIn.register('#/organisation')}>
          {t('signIn.register')}
        </button>
      </p>
    </section>
  );
}
