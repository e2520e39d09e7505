import { createHash } from 'node:crypto';

/** The namespace of space ids derived from filing numbers (a fixed random UUID). */
const NAMESPACE = Buffer.from('6f1c2a54b0e34c1e9d7f3a8e5b2c9d41', 'hex');

/**
 * The id of an imported space, a name-based UUID (RFC 9562 version 5) of its filing number: the
 * same row imported twice, or by two imports at once, names the same space.
 */
export function importedSpaceId(filingNumber: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(filingNumber, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
