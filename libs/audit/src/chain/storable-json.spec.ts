import { storableJson, storableText } from './storable-json';

describe('a record as the audit trail stores it', () => {
  it('is its JSON form: dates as ISO text, undefined fields left out', () => {
    expect(storableJson({ at: new Date('2026-11-27T08:00:00.000Z'), note: undefined, n: 1 })).toEqual({ at: '2026-11-27T08:00:00.000Z', n: 1 });
  });

  it('is null where there is no record', () => {
    expect(storableJson(undefined)).toBeNull();
    expect(storableJson(null)).toBeNull();
  });

  it('has text PostgreSQL can keep: NUL and lone surrogates become U+FFFD, pairs stay', () => {
    expect(storableText('a\u0000b\uD800c\uDC00d😀')).toBe('a\uFFFDb\uFFFDc\uFFFDd😀');
    expect(storableJson({ 'k\u0000': ['\uDBFF'] })).toEqual({ 'k\uFFFD': ['\uFFFD'] });
  });
});
