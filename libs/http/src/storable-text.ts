import { ArgumentMetadata, HttpStatus, PipeTransform } from '@nestjs/common';
import type { FieldIssue } from '@makerspace/contracts';
import { ApiException } from './api-exception';

/** What PostgreSQL cannot store in text or jsonb: NUL characters and unpaired UTF-16 surrogates. */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether PostgreSQL can store the text as it is (for text that comes in other than as a body, e.g. a file's cells). */
export const isStorableText = (text: string): boolean => !UNSTORABLE.test(text);

/**
 * Refuses, for every body, query and path parameter, text the database cannot store, with 400
 * naming each field, before any pipe or handler sees it. Without it such text fails deep in a
 * query as a 500, or is stored altered.
 */
export class StorableTextPipe implements PipeTransform {
  transform(value: unknown, meta: ArgumentMetadata): unknown {
    if (meta.type === 'custom') return value;
    const issues = unstorableText(value, meta.type === 'param' ? [meta.data ?? 'path'] : []);
    if (issues.length > 0) throw new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `the ${meta.type} is not valid`, issues);
    return value;
  }
}

function unstorableText(value: unknown, path: string[]): FieldIssue[] {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? [issue(path)] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => unstorableText(v, [...path, String(i)]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (UNSTORABLE.test(k) ? [issue([...path, k])] : unstorableText(v, [...path, k])));
}

const issue = (path: string[]): FieldIssue => ({
  field: path.join('.') || '(body)',
  rule: 'text',
  message: 'text must be valid Unicode without NUL characters',
});
