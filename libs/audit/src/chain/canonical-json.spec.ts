import { canonicalJson } from './canonical-json';

describe('the canonical JSON of an audit entry', () => {
  it('is the same text whatever order the keys were written in', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: null, y: true }], c: 'x' } })).toBe('{"a":{"c":"x","d":[2,{"y":true,"z":null}]},"b":1}');
    expect(canonicalJson({ a: { c: 'x', d: [2, { y: true, z: null }] }, b: 1 })).toBe(canonicalJson({ b: 1, a: { d: [2, { z: null, y: true }], c: 'x' } }));
  });

  it('keeps the order of arrays', () => {
    expect(canonicalJson([3, 1, 2])).toBe('[3,1,2]');
  });

  it('writes text and numbers as JSON does, Chinese included', () => {
    expect(canonicalJson({ name: '鞍山创客空间 "A"\n', area: 500.5, count: -0 })).toBe('{"area":500.5,"count":0,"name":"鞍山创客空间 \\"A\\"\\n"}');
  });

  it('refuses a number JSON cannot hold', () => {
    expect(() => canonicalJson({ score: Number.NaN })).toThrow(/no JSON form/);
  });
});
