export * from './official-document';
export * from './verification-code';
export * from './render/filing-certificate';
export * from './render/rejection-letter';
export * from './render/pdf-bytes';
export * from './seal/seal-key';
export * from './seal/seal-pdf';
export * from './seal/verify-seal';
