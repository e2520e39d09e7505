import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pdfText } from '@makerspace/testing';
import { issueDocument } from './official-document';
import { renderFilingCertificate } from './render/filing-certificate';
import { renderRejectionLetter } from './render/rejection-letter';
import { loadSealKey, type SealKey } from './seal/seal-key';
import { verifySeal } from './seal/verify-seal';
import { normaliseVerificationCode, verificationCodeOf } from './verification-code';

const facts = {
  filingNumber: 'AS-ZC-2026-0007',
  spaceName: '鞍山创客工场',
  organisationName: '鞍山市创新孵化器有限公司',
  uscc: '91210300MA0TEST12X',
  venueAddress: '鞍山市铁东区胜利南路 8 号',
  filedOn: '2026-12-07',
};
const issuedAt = new Date('2026-12-07T02:00:00Z');
const verifyUrl = 'https://example.test/#/verify';
const issueFilingCertificate = (applicationId: string, f: typeof facts, at: Date, k: SealKey, url: string) =>
  issueDocument('filing-certificate', applicationId, (seal) => renderFilingCertificate(f, seal), at, k, url);

let folder: string;
let key: SealKey;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'seal-'));
  key = await loadSealKey({ SEAL_P12_FILE: path.join(folder, 'seal.p12'), SEAL_P12_PASSPHRASE: 'local', SEAL_CREATE_KEY: true });
});

afterAll(() => rm(folder, { recursive: true, force: true }));

describe('the filing certificate (Art. 6)', () => {
  it('states the filing number, the space and its organisation in Chinese, read back by a PDF parser', async () => {
    const { pdf, verificationCode } = await issueFilingCertificate('app-1', facts, issuedAt, key, verifyUrl);
    const { text, pages } = await pdfText(pdf);
    expect(text).toContain('众创空间备案证书');
    expect(text).toContain(facts.filingNumber);
    expect(text).toContain(facts.spaceName);
    expect(text).toContain(facts.organisationName);
    expect(text).toContain(verificationCode);
    expect(pages).toBe(1);
  });

  it('is the same bytes when issued again for the same decision', async () => {
    const first = await issueFilingCertificate('app-1', facts, issuedAt, key, verifyUrl);
    const again = await issueFilingCertificate('app-1', facts, issuedAt, key, verifyUrl);
    expect(again.pdf.equals(first.pdf)).toBe(true);
    expect(again.verificationCode).toBe(first.verificationCode);
  });
});

describe('the decision not to file', () => {
  it('states the space, the stage and every reason with its article, read back by a PDF parser', async () => {
    const letter = {
      spaceName: facts.spaceName,
      organisationName: facts.organisationName,
      uscc: facts.uscc,
      stage: 'RE_REVIEW',
      reasons: [{ text: '在孵企业数量不足10家', article: 'Art. 5(3)' }],
      decidedOn: '2026-12-07',
    };
    const { pdf, verificationCode } = await issueDocument('rejection-letter', 'app-9', (seal) => renderRejectionLetter(letter, seal), issuedAt, key, verifyUrl);
    const { text, pages } = await pdfText(pdf);
    expect(text).toContain('不予备案决定书');
    expect(text).toContain(facts.spaceName);
    expect(text).toContain('市局复审');
    expect(text).toContain('在孵企业数量不足10家');
    expect(text).toContain('Art. 5(3)');
    expect(text).toContain(verificationCode);
    expect(pages).toBe(1);
    expect(verifySeal(pdf)).toMatchObject({ signed: true, intact: true });
  });
});

describe('the seal', () => {
  it('verifies on the document as issued, with the bureau certificate and the decision as signing time', async () => {
    const { pdf } = await issueFilingCertificate('app-2', facts, issuedAt, key, verifyUrl);
    expect(verifySeal(pdf)).toEqual({ signed: true, intact: true, certificateFingerprint: key.certificateFingerprint, signedAt: issuedAt });
  });

  it('fails on the document with one byte of its page content changed', async () => {
    const { pdf } = await issueFilingCertificate('app-3', facts, issuedAt, key, verifyUrl);
    const altered = Buffer.from(pdf);
    const at = altered.indexOf('stream') + 20;
    altered[at] = altered[at] ^ 0x01;
    expect(verifySeal(altered)).toMatchObject({ signed: true, intact: false });
  });

  it('reports an unsigned PDF as unsigned', () => {
    expect(verifySeal(Buffer.from('%PDF-1.7\n%%EOF\n'))).toEqual({ signed: false, reason: 'no signature' });
  });
});

describe('verification codes', () => {
  it('are ten Crockford base32 characters derived from the document id', () => {
    const code = verificationCodeOf('filing-certificate:app-1');
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(verificationCodeOf('filing-certificate:app-1')).toBe(code);
    expect(verificationCodeOf('filing-certificate:app-2')).not.toBe(code);
  });

  it('are read as typed: any case, without the hyphen, I and L as 1, O as 0', () => {
    expect(normaliseVerificationCode('abcde fghjk')).toBe('ABCDE-FGHJK');
    expect(normaliseVerificationCode('ilo00-12345')).toBe('11000-12345');
    expect(normaliseVerificationCode('ABCDE-FGHJ')).toBeUndefined();
    expect(normaliseVerificationCode('ABCDE-FGHJU')).toBeUndefined();
  });
});
