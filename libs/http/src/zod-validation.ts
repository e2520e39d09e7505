import { ArgumentMetadata, HttpStatus, PipeTransform } from '@nestjs/common';
import { applyDecorators, Body, Param, Query } from '@nestjs/common';
import { ApiBody, ApiQuery } from '@nestjs/swagger';
import type { ExampleObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { z } from 'zod';
import type { FieldIssue } from '@makerspace/contracts';
import { ApiException } from './api-exception';
import { schemaObject } from './openapi/component-schemas';

/** zod's own messages in Chinese, for the issues a schema gives no message of its own. */
const IN_CHINESE = z.locales.zhCN().localeError;

/**
 * Every zod issue as a field issue: the path, the rule that failed and a message. `inChinese` is
 * the same failure with zod's Chinese messages (the same schema and value parsed again), which
 * gives each issue its Chinese words where the schema has no English message of its own.
 */
export function fieldIssues(error: z.ZodError, prefix = '', inChinese?: z.ZodError): FieldIssue[] {
  return error.issues.map((i, n) => {
    const zh = inChinese?.issues[n]?.message;
    return {
      field: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(body)',
      rule: i.code,
      message: i.message,
      ...(zh && zh !== i.message ? { messageZh: zh } : {}),
    };
  });
}

/** Why `value` fails `schema`, in Chinese: parsed again, only once it failed. */
export const failureInChinese = (schema: z.ZodType, value: unknown): z.ZodError | undefined => schema.safeParse(value, { error: IN_CHINESE }).error;

export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform {
  constructor(
    private readonly schema: S,
    private readonly where: 'body' | 'query' | 'path' = 'body',
  ) {}

  transform(value: unknown, meta: ArgumentMetadata): z.infer<S> {
    const input = value ?? (this.where === 'query' ? {} : value);
    const result = this.schema.safeParse(input);
    if (!result.success) {
      // A path parameter's issues are named after the parameter.
      const prefix = this.where === 'path' ? (meta.data ?? '') : '';
      const issues = fieldIssues(result.error, prefix, failureInChinese(this.schema, input));
      throw new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `the ${this.where} is not valid`, issues);
    }
    return result.data;
  }
}

/** The request body, validated by a zod schema and described by it in the OpenAPI document. */
export const ValidBody = (schema: z.ZodType) => Body(new ZodValidationPipe(schema, 'body'));
export const ValidQuery = (schema: z.ZodType) => Query(new ZodValidationPipe(schema, 'query'));
/** One path parameter, validated by a zod schema (its issues name the parameter). */
export const ValidParam = (name: string, schema: z.ZodType) => Param(name, new ZodValidationPipe(schema, 'path'));
/**
 * The request body in the OpenAPI document: the zod schema the body is validated with, by its
 * component name where it has one (`.meta({ id })`), with examples of whole bodies.
 */
export const DescribeBody = (schema: z.ZodType, examples?: Record<string, ExampleObject>) =>
  applyDecorators(ApiBody({ schema: schemaObject(schema) as SchemaObject, ...(examples ? { examples } : {}) }));

/** The query parameters of a zod object schema, described in the OpenAPI document. */
export function DescribeQuery(schema: z.ZodObject) {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, object>; required?: string[] };
  return applyDecorators(
    ...Object.entries(json.properties ?? {}).map(([name, property]) => ApiQuery({ name, required: json.required?.includes(name) ?? false, schema: property })),
  );
}
