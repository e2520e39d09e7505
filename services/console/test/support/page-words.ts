import type { Page } from 'playwright-core';
import type { Language } from '@makerspace/policy';
import { DICTIONARIES } from '../../src/i18n/dictionary';

/*
 * What a page shows that is not a word for people: a message key the dictionary did not turn into
 * words, a code of the machine (a status, a stage, a rule, an event or action name, a field name),
 * an id, or a text of the other language. User content (names, reasons typed in) is read too, so
 * the pages are walked with content in Chinese; identifiers a person must copy are marked
 * translate="no" and left out.
 */

const zhMessages = Object.values(DICTIONARIES.zh);
const enMessages = Object.values(DICTIONARIES.en);
const keys = Object.keys(DICTIONARIES.zh);

/** The first part of every message key (`event`, `stage`, `supervisionAction`, …). */
const NAMESPACES = [...new Set(keys.map((key) => key.split('.')[0]))];
const RAW_KEY = new RegExp(`\\b(?:${NAMESPACES.join('|')})\\.[A-Za-z][\\w-]*(?:\\.[\\w-]+)*\\b`, 'g');
const PLACEHOLDER = /\{\w+\}/g;
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const SNAKE_CODE = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g;
const CAMEL_CASE = /\b[a-z]+[A-Z][A-Za-z0-9]*\b/g;
/** The workflows' own names for themselves as actors. */
const MACHINE_ACTORS = ['filing-workflow', 'supervision-workflow'];

/** The codes named in message keys: enum values (`status.FILED`) and kebab-case names (`action.panel-scored`). */
const suffixes = keys.map((key) => key.slice(key.indexOf('.') + 1));
const ENUM_WORDS = [...new Set(suffixes.filter((s) => /^[A-Z]{3,}$/.test(s)))];
const englishWords = enMessages.join(' ').toLowerCase();
const KEBAB_CODES = [...new Set([...suffixes.filter((s) => /^[a-z]+(?:-[a-z]+)+$/.test(s)), ...MACHINE_ACTORS])].filter((code) => !englishWords.includes(code));
const ENUM_WORD = new RegExp(`\\b(?:${ENUM_WORDS.join('|')})\\b`, 'g');
const KEBAB_CODE = new RegExp(`(?<![\\w-])(?:${KEBAB_CODES.join('|')})(?![\\w-])`, 'g');

/** Fixed words of the other language: each message's longest run between placeholders. */
const fragments = (messages: string[], min: (fragment: string) => boolean) => [
  ...new Set(
    messages
      .map((m) =>
        m
          .split(PLACEHOLDER)
          .sort((a, b) => b.length - a.length)[0]
          .trim(),
      )
      .filter(min),
  ),
];
const ZH_FRAGMENTS = fragments(zhMessages, (f) => (f.match(/[\u3400-\u9fff]/g)?.length ?? 0) >= 4);
const EN_FRAGMENTS = fragments(enMessages, (f) => f.split(' ').length >= 3 && /^[\x20-\x7e]+$/.test(f));
/** Three English words in a row on a Chinese page: a message nobody translated. */
const ENGLISH_RUN = /\b[A-Za-z]{2,}(?:[ ,;:'’]+[A-Za-z]{2,}){2,}\b/g;

function all(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[0]);
}

/** Every text on the page that is not a word for people, each with what it is. */
export function wordsNotForPeople(text: string, lang: Language): string[] {
  const found = [
    ...all(text, RAW_KEY).map((w) => `message key ${w}`),
    ...all(text, PLACEHOLDER).map((w) => `unfilled placeholder ${w}`),
    ...all(text, UUID).map((w) => `id ${w}`),
    ...all(text, SNAKE_CODE).map((w) => `code ${w}`),
    ...all(text, ENUM_WORD).map((w) => `code ${w}`),
    ...all(text, KEBAB_CODE).map((w) => `code ${w}`),
    ...all(text, CAMEL_CASE).map((w) => `field name ${w}`),
  ];
  if (lang === 'zh') {
    found.push(...all(text, /\bArt\. ?\d+(?:\(\d+\))?/g).map((w) => `article cited in English: ${w}`));
    found.push(...all(text, ENGLISH_RUN).map((w) => `English on a Chinese page: ${w}`));
    found.push(...EN_FRAGMENTS.filter((f) => text.includes(f)).map((f) => `English message on a Chinese page: ${f}`));
  } else {
    found.push(...all(text, /第[一二三四五六七八九十]+条/g).map((w) => `article cited in Chinese: ${w}`));
    found.push(...all(text, /（含当日）/g).map((w) => `Chinese period words: ${w}`));
    found.push(...ZH_FRAGMENTS.filter((f) => text.includes(f)).map((f) => `Chinese message on an English page: ${f}`));
  }
  return found;
}

/**
 * Everything the page shows a person, as text: what is rendered (also inside closed <details>),
 * the choices of every list, and the names given to controls and regions
 * (aria-label, title, placeholder, alt). Identifiers marked translate="no" are left out; what a
 * person typed into a field is theirs, not the page's.
 */
export function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.body.cloneNode(true) as HTMLElement;
    root.querySelectorAll('[translate="no"], script, style, input, textarea').forEach((node) => node.remove());
    // Each text node apart, so the words of two elements never run together.
    const texts: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
    const named = Array.from(document.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
      .filter((el) => !el.closest('[translate="no"]'))
      .flatMap((el) => ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? ''));
    const options = Array.from(document.querySelectorAll('option')).map((o) => o.textContent ?? '');
    return [...texts, ...named, ...options].join('\n');
  });
}
