import type { Language } from '@makerspace/policy';
import { DICTIONARIES, MessageKey } from './dictionary';

export type Params = Readonly<Record<string, string | number>>;

export interface Translate {
  (key: MessageKey, params?: Params): string;
  /** A message named at run time (an event type, a stage), or the fallback when there is none. */
  optional(key: string, fallback: string): string;
}

/** The messages of a language, with `{name}` placeholders filled from the params. */
export function translator(lang: Language): Translate {
  const dictionary: Readonly<Record<string, string>> = DICTIONARIES[lang];
  const fill = (text: string, params: Params) => text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  const t = (key: MessageKey, params: Params = {}) => fill(dictionary[key], params);
  return Object.assign(t, { optional: (key: string, fallback: string) => (key in dictionary ? dictionary[key] : fallback) });
}
