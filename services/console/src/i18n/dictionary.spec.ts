import { TASK_OUTCOMES } from '../domain/filing';
import { DICTIONARIES, MessageKey } from './dictionary';
import { translator } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the console dictionary', () => {
  const keys = Object.keys(DICTIONARIES.zh) as MessageKey[];

  it('has every message in both languages, none empty', () => {
    expect(Object.keys(DICTIONARIES.en).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(DICTIONARIES.zh[key].trim()).not.toBe('');
      expect(DICTIONARIES.en[key].trim()).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const differing = keys.filter((key) => placeholders(DICTIONARIES.zh[key]).join() !== placeholders(DICTIONARIES.en[key]).join());
    expect(differing).toEqual([]);
  });

  it('names every status, stage, task kind and outcome of the procedure', () => {
    for (const status of ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'RETURNED', 'REJECTED', 'WITHDRAWN', 'DISQUALIFIED', 'FILED'])
      expect(keys).toContain(`status.${status}`);
    for (const stage of ['PRELIMINARY_REVIEW', 'RE_REVIEW', 'ON_SITE_INSPECTION', 'EXPERT_REVIEW', 'PUBLIC_NOTICE', 'DIRECTOR_MEETING'])
      expect(keys).toContain(`stage.${stage}`);
    for (const [kind, outcomes] of Object.entries(TASK_OUTCOMES)) {
      expect(keys).toContain(`task.${kind}`);
      for (const outcome of outcomes) expect(keys).toContain(`outcome.${outcome}`);
    }
  });

  it('fills placeholders, and falls back for a message named at run time that it does not know', () => {
    const en = translator('en');
    expect(en('common.pageOf', { page: 2, pages: 5 })).toBe('Page 2 of 5');
    expect(translator('zh')('registry.found', { count: 3 })).toBe('共 3 家');
    expect(en.optional('event.application.filed', 'x')).toBe('Filed');
    expect(en.optional('event.something.new', 'something.new')).toBe('something.new');
  });
});
