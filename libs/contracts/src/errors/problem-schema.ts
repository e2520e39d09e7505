import { z } from 'zod';

/**
 * The problem document every service answers an error with (RFC 9457), as a schema: the named
 * components `Problem` and `ProblemFieldError` of every service's OpenAPI document, and the types
 * the services and the console read it by.
 */
export const ProblemFieldError = z
  .object({
    pointer: z
      .string()
      .describe('JSON Pointer (RFC 6901) to the field in the request body, or in the query or path parameters taken as an object; "" for the whole request'),
    rule: z.string().describe('the rule the field breaks: a zod issue code, or a rule of the Measures'),
    article: z.string().optional().describe('the article of the Measures the rule applies, e.g. "Art. 5(2)"'),
    message_zh: z.string(),
    message_en: z.string(),
  })
  .meta({ id: 'ProblemFieldError' });
export type ProblemFieldError = z.infer<typeof ProblemFieldError>;

export const Problem = z
  .looseObject({
    type: z.string().describe('urn:makerspace:problem:<code>, one per code (docs/api.md)'),
    title: z.string().describe("the HTTP status's reason phrase"),
    status: z.number().int(),
    detail: z.string().describe('what went wrong in this request, in English'),
    instance: z.string().describe('the request path the problem occurred at'),
    code: z.string().describe('the kind of error for programs, e.g. VALIDATION_FAILED, CONDITIONS_NOT_MET, STALE_REVISION'),
    errors: z.array(ProblemFieldError).optional().describe('every failing field at once'),
  })
  .meta({ id: 'Problem' });
export type ProblemDocument = z.infer<typeof Problem>;
