import { Body, HttpStatus, PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { ApiException, failureInChinese, fieldIssues } from '@makerspace/http';

/** What a refinement puts in its issue's params to name the rule it applies and its article. */
export interface RuleParams {
  rule: string;
  article?: string;
}

/**
 * Validates a request body like ValidBody, and keeps the rule and the article a refinement names
 * in its params (ValidBody reports every refinement under the rule "custom", without an article).
 */
export class RuleCheckedPipe implements PipeTransform {
  constructor(private readonly schema: z.ZodType) {}

  transform(value: unknown): unknown {
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    const issues = fieldIssues(result.error, '', failureInChinese(this.schema, value)).map((issue, i) => {
      const params = (result.error.issues[i] as { params?: Partial<RuleParams> }).params;
      return params?.rule ? { ...issue, rule: params.rule, ...(params.article ? { article: params.article } : {}) } : issue;
    });
    throw new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'the body is not valid', issues);
  }
}

export const RuleCheckedBody = (schema: z.ZodType) => Body(new RuleCheckedPipe(schema));
