import { createContext, ReactNode, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { Language } from '@makerspace/policy';
import { ApiClient, createApiClient } from './api/api-client';
import { translator, Translate } from './i18n/translate';
import type { Session } from './session/session';
import { SignIn, sessionOf } from './session/sign-in';

export interface Console {
  lang: Language;
  setLang(lang: Language): void;
  t: Translate;
  session: Session | null;
  /** Sign-in at the identity provider: to its login or registration page, and sign-out there. */
  signIn: SignIn;
  /** Why the last sign-in did not come back signed in (the provider's words), if it did not. */
  signInProblem: string | null;
  api: ApiClient;
}

const ConsoleContext = createContext<Console | null>(null);
const LANGUAGE_KEY = 'makerspace-console.language';

/** The language, the signed-in person and the API client every page uses. */
export function ConsoleProvider({
  children,
  signIn,
  initial,
  signInProblem,
}: {
  children: ReactNode;
  signIn: SignIn;
  initial: Session | null;
  signInProblem: string | null;
}) {
  const [lang, setLangState] = useState<Language>(() => (window.localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'zh'));
  const [session, setSession] = useState<Session | null>(initial);
  const current = useRef(session);
  current.current = session;

  // Tokens the provider renewed (refresh token) replace the session; tokens gone end it.
  useEffect(() => {
    const { events } = signIn.users;
    const loaded = (user: Parameters<Parameters<typeof events.addUserLoaded>[0]>[0]) => setSession(sessionOf(user));
    const ended = () => setSession(null);
    events.addUserLoaded(loaded);
    events.addUserUnloaded(ended);
    events.addAccessTokenExpired(ended);
    return () => {
      events.removeUserLoaded(loaded);
      events.removeUserUnloaded(ended);
      events.removeAccessTokenExpired(ended);
    };
  }, [signIn]);

  const value = useMemo<Console>(() => {
    // A token the services no longer take (expired, or signed by a key since rotated) ends the session.
    const fetchSignedIn: typeof fetch = async (input, init) => {
      const res = await window.fetch(input, init);
      if (res.status === 401 && current.current) await signIn.users.removeUser();
      return res;
    };
    const api = createApiClient({ fetch: fetchSignedIn, session: () => current.current });
    return {
      lang,
      setLang: (next) => {
        window.localStorage.setItem(LANGUAGE_KEY, next);
        document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
        setLangState(next);
      },
      t: translator(lang),
      session,
      signIn,
      signInProblem,
      api,
    };
  }, [lang, session, signIn, signInProblem]);
  return <ConsoleContext.Provider value={value}>{children}</ConsoleContext.Provider>;
}

export function useConsole(): Console {
  const value = useContext(ConsoleContext);
  if (!value) throw new Error('useConsole outside ConsoleProvider');
  return value;
}
