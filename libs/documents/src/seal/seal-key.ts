import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import forge from 'node-forge';

/** The bureau's signing key and certificate, as the signer and the verifier need them. */
export interface SealKey {
  /** The PKCS#12 file's bytes (key and certificate). */
  p12: Buffer;
  passphrase: string;
  /** sha256 of the certificate's DER, hex: what a document's record names as its signer. */
  certificateFingerprint: string;
}

export interface SealKeySettings {
  SEAL_P12_FILE: string;
  SEAL_P12_PASSPHRASE: string;
  SEAL_CREATE_KEY: boolean;
}

/**
 * The seal of SEAL_P12_FILE; when the file is missing and SEAL_CREATE_KEY, a self-signed one is
 * made first (the local stack: production mounts the bureau's own and turns creation off, so a
 * missing file there stops the service instead of signing with a key nobody trusts). Several
 * processes starting at once make one key between them: the file is linked into place only if
 * absent, and the loser reads the winner's.
 */
export async function loadSealKey(settings: SealKeySettings): Promise<SealKey> {
  const file = path.resolve(settings.SEAL_P12_FILE);
  const passphrase = settings.SEAL_P12_PASSPHRASE;
  if (settings.SEAL_CREATE_KEY && !(await exists(file))) await createSelfSignedSeal(file, passphrase);
  const p12 = await fs.readFile(file).catch((e: NodeJS.ErrnoException) => {
    throw new Error(`SEAL_P12_FILE: cannot read the seal's PKCS#12 file ${file} (${e.code ?? e.message})`);
  });
  return { p12, passphrase, certificateFingerprint: fingerprintOf(certificateOf(p12, passphrase)) };
}

/** The certificate inside a PKCS#12 file. */
export function certificateOf(p12: Buffer, passphrase: string): forge.pki.Certificate {
  const parsed = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12.toString('binary')), passphrase);
  const bags = parsed.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [];
  const certificate = bags[0]?.cert;
  if (!certificate) throw new Error('SEAL_P12_FILE: the PKCS#12 file holds no certificate');
  return certificate;
}

/** sha256 of a certificate's DER encoding, hex. */
export function fingerprintOf(certificate: forge.pki.Certificate): string {
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes();
  return createHash('sha256').update(Buffer.from(der, 'binary')).digest('hex');
}

async function createSelfSignedSeal(file: string, passphrase: string): Promise<void> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  certificate.serialNumber = '01' + randomBytes(8).toString('hex');
  certificate.validity.notBefore = new Date();
  certificate.validity.notAfter = new Date(Date.now() + 20 * 365 * 24 * 3600 * 1000);
  const subject = [
    { name: 'commonName', value: forge.util.encodeUtf8('鞍山市科学技术局 (local seal)'), valueTagClass: forge.asn1.Type.UTF8 },
    { name: 'organizationName', value: 'Anshan Municipal Science and Technology Bureau' },
    { name: 'countryName', value: 'CN' },
  ];
  certificate.setSubject(subject as forge.pki.CertificateField[]);
  certificate.setIssuer(subject as forge.pki.CertificateField[]);
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
  ]);
  certificate.sign(key, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(key, [certificate], passphrase, { algorithm: '3des' });
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await fs.writeFile(temporary, Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'), { mode: 0o600 });
  try {
    await fs.link(temporary, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    await fs.rm(temporary, { force: true });
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
