import type { MulterModuleOptions } from '@nestjs/platform-express';
import { EvidenceSettings } from './evidence-settings';

/**
 * How multer receives an evidence upload: in memory (no storage engine is named), one file of at
 * most the configured size, a few form fields, and file names in UTF-8 (Chinese names intact).
 */
export function evidenceUploadOptions(settings: EvidenceSettings): MulterModuleOptions {
  return { limits: { fileSize: settings.maxBytes, files: 1, fields: 5 }, defParamCharset: 'utf8' };
}
