import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { P12Signer } from '@signpdf/signer-p12';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import type { SealKey } from './seal-key';

/** Room for the CMS signature (hex doubles it): the certificate, the signed attributes and a 2048-bit signature fit well within. */
const SIGNATURE_LENGTH = 8192;

/**
 * Signs a rendered PDF with the bureau's key: a PAdES baseline signature (ETSI.CAdES.detached,
 * signing-time the decision's moment) over every byte but the signature's own. The signature is
 * RSA PKCS#1 v1.5, so the same document and key give the same bytes again.
 */
export async function sealPdf(pdf: Buffer, key: SealKey, signedAt: Date): Promise<Buffer> {
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: '鞍山市科学技术局电子签章 Sealed by the Anshan Municipal Science and Technology Bureau',
    contactInfo: '',
    name: 'Anshan Municipal Science and Technology Bureau',
    location: 'Anshan, Liaoning, CN',
    signingTime: signedAt,
    signatureLength: SIGNATURE_LENGTH,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'makerspace-filing',
  });
  const signer = new P12Signer(key.p12, { passphrase: key.passphrase });
  return new SignPdf().sign(withPlaceholder, signer, signedAt);
}
