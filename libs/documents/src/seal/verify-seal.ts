import { createHash } from 'node:crypto';
import forge from 'node-forge';
import { fingerprintOf } from './seal-key';

/** What a PDF's signature says of it. */
export type SealCheck = { signed: false; reason: string } | { signed: true; intact: boolean; reason?: string; certificateFingerprint: string; signedAt?: Date };

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;

/**
 * Checks the last signature of a PDF: its byte range covers the whole file but the signature
 * itself, the CMS signed attributes' message digest is the sha256 of those bytes, and the
 * signature over the attributes verifies with the certificate it carries. Who that certificate
 * belongs to is the caller's to judge (`certificateFingerprint`, against the record's).
 */
export function verifySeal(pdf: Buffer): SealCheck {
  const latin = pdf.toString('latin1');
  const ranges = [...latin.matchAll(BYTE_RANGE)];
  const last = ranges.at(-1);
  if (!last) return { signed: false, reason: 'no signature' };
  const [a, b, c, d] = last.slice(1, 5).map(Number);
  if (a !== 0 || c <= b || c + d !== pdf.length || latin[b] !== '<' || latin[c - 1] !== '>') {
    return { signed: false, reason: 'the signature does not cover the whole file' };
  }
  let message: forge.pkcs7.PkcsSignedData;
  try {
    const hex = latin.slice(b + 1, c - 1).replace(/(00)+$/, '');
    message = forge.pkcs7.messageFromAsn1(forge.asn1.fromDer(forge.util.hexToBytes(hex.length % 2 ? hex + '0' : hex))) as forge.pkcs7.PkcsSignedData;
  } catch {
    return { signed: false, reason: 'the signature cannot be read' };
  }
  const certificate = message.certificates[0];
  const raw = (message as unknown as { rawCapture: { signature: string; authenticatedAttributes: forge.asn1.Asn1[] } }).rawCapture;
  if (!certificate || !raw?.authenticatedAttributes) return { signed: false, reason: 'the signature carries no certificate or signed attributes' };
  const certificateFingerprint = fingerprintOf(certificate);
  const signedBytes = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
  const digest = createHash('sha256').update(signedBytes).digest('binary');
  const attributes = raw.authenticatedAttributes;
  const messageDigest = attributeValue(attributes, forge.pki.oids.messageDigest);
  const signingTime = attributeValue(attributes, forge.pki.oids.signingTime);
  const signedAt = signingTime ? forge.asn1.utcTimeToDate(signingTime) : undefined;
  if (messageDigest !== digest) return { signed: true, intact: false, reason: 'the file was changed after it was signed', certificateFingerprint, signedAt };
  const set = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attributes);
  const attributesDigest = forge.md.sha256.create().update(forge.asn1.toDer(set).getBytes()).digest().getBytes();
  let verified = false;
  try {
    verified = (certificate.publicKey as forge.pki.rsa.PublicKey).verify(attributesDigest, raw.signature);
  } catch {
    verified = false;
  }
  if (!verified) return { signed: true, intact: false, reason: 'the signature does not verify', certificateFingerprint, signedAt };
  return { signed: true, intact: true, certificateFingerprint, signedAt };
}

/** The value of a CMS signed attribute (its first value's bytes), or undefined. */
function attributeValue(attributes: forge.asn1.Asn1[], oid: string): string | undefined {
  for (const attribute of attributes) {
    const [type, values] = attribute.value as forge.asn1.Asn1[];
    if (forge.asn1.derToOid(type.value as string) !== oid) continue;
    const first = (values.value as forge.asn1.Asn1[])[0];
    return first?.value as string;
  }
  return undefined;
}
