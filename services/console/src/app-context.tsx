import { createContext, ReactNode, useContext, useMemo, useState } from 'react';
import type { Language } from '@makerspace/policy';
import { ApiClient, createApiClient } from './api/api-client';
import { translator, Translate } from './i18n/translate';
import { Session, SessionStore } from './session/session';

export interface Console {
  lang: Language;
  setLang(lang: Language): void;
  t: Translate;
  session: Session | null;
  setSession(session: Session | null): void;
  api: ApiClient;
}

const ConsoleContext = createContext<Console | null>(null);
const LANGUAGE_KEY = 'makerspace-console.language';

/** The language, the signed-in person and the API client every page uses. */
export function ConsoleProvider({ children }: { children: ReactNode }) {
  const store = useMemo(() => new SessionStore(window.sessionStorage), []);
  const [lang, setLangState] = useState<Language>(() => (window.localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'zh'));
  const [session, setSessionState] = useState<Session | null>(() => store.read());
  const value = useMemo<Console>(() => {
    // A token the services no longer take (expired, or signed by a key since rotated) ends the session.
    const fetchSignedIn: typeof fetch = async (input, init) => {
      const res = await window.fetch(input, init);
      if (res.status === 401) {
        store.clear();
        setSessionState(null);
      }
      return res;
    };
    const api = createApiClient({ fetch: fetchSignedIn, session: () => store.read() });
    return {
      lang,
      setLang: (next) => {
        window.localStorage.setItem(LANGUAGE_KEY, next);
        document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
        setLangState(next);
      },
      t: translator(lang),
      session,
      setSession: (next) => {
        if (next) store.write(next);
        else store.clear();
        setSessionState(next);
      },
      api,
    };
  }, [lang, session, store]);
  return <ConsoleContext.Provider value={value}>{children}</ConsoleContext.Provider>;
}

export function useConsole(): Console {
  const value = useContext(ConsoleContext);
  if (!value) throw new Error('useConsole outside ConsoleProvider');
  return value;
}
