import { createHash } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 10;

/**
 * A document's short verification code, printed on it beside its QR code: ten characters (50 bits)
 * derived from the document's own id, so a retry that makes the same document prints the same code,
 * and no code can be guessed from another (ids are UUIDs). Shown as `XXXXX-XXXXX`.
 */
export function verificationCodeOf(documentId: string): string {
  const digest = createHash('sha256').update(documentId).digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 7)) bits = (bits << 8n) | BigInt(byte);
  bits >>= 6n; // 56 bits read, 50 kept
  let code = '';
  for (let i = 0; i < LENGTH; i++) {
    code = ALPHABET[Number(bits & 31n)] + code;
    bits >>= 5n;
  }
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * A code as a person typed it, in its printed form, or undefined when it cannot be one: case and
 * hyphens do not matter, and the letters Crockford reads as digits (I, L → 1; O → 0) are taken so.
 */
export function normaliseVerificationCode(typed: string): string | undefined {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (plain.length !== LENGTH || [...plain].some((c) => !ALPHABET.includes(c))) return undefined;
  return `${plain.slice(0, 5)}-${plain.slice(5)}`;
}
