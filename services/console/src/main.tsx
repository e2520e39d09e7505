import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { ConsoleProvider } from './app-context';
import { homeOf } from './domain/home';
import { SIGN_IN_CONFIG_PATH, SignInConfig } from '../server/sign-in-config';
import { SIGNED_IN_PATH, SignIn } from './session/sign-in';
import './styles.css';

/**
 * The console starts once it knows the identity provider (the console's server says which), and,
 * when the provider has just sent the browser back, once the code is exchanged for tokens.
 */
async function start(): Promise<void> {
  const config = (await (await fetch(SIGN_IN_CONFIG_PATH)).json()) as SignInConfig;
  const signIn = new SignIn(config);
  let problem: string | null = null;
  let returnTo: string | null = null;
  if (window.location.pathname === SIGNED_IN_PATH) {
    try {
      returnTo = await signIn.finish();
    } catch (e) {
      problem = e instanceof Error ? e.message : String(e);
    }
  }
  const initial = await signIn.current();
  if (window.location.pathname === SIGNED_IN_PATH) {
    // Back where the person set out from, or at the desk of the role; a sign-in that failed shows why.
    const to = !initial ? '#/sign-in' : returnTo || homeOf(initial.person.role);
    window.history.replaceState(null, '', `/${to}`);
  }
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <ConsoleProvider signIn={signIn} initial={initial} signInProblem={problem}>
        <App />
      </ConsoleProvider>
    </StrictMode>,
  );
}

void start();
