import { ArgumentMetadata, HttpStatus, PipeTransform } from '@nestjs/common';
import { applyDecorators, Body, Param, Query } from '@nestjs/common';
import { ApiBody, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import type { FieldIssue } from '@makerspace/contracts';
import { ApiException } from './api-exception';

/** Every zod issue as a field issue: the path, the rule that failed and a message. */
export function fieldIssues(error: z.ZodError, prefix = ''): FieldIssue[] {
  return error.issues.map((i) => ({
    field: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(body)',
    rule: i.code,
    message: i.message,
  }));
}

export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform {
  constructor(private readonly schema: S, private readonly where: 'body' | 'query' | 'path' = 'body') {}

  transform(value: unknown, meta: ArgumentMetadata): z.infer<S> {
    const result = this.schema.safeParse(value ?? (this.where === 'query' ? {} : value));
    if (!result.success) {
      // A path parameter's issues are named after the parameter.
      const prefix = this.where === 'path' ? (meta.data ?? '') : '';
      throw new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `the ${this.where} is not valid`, fieldIssues(result.error, prefix));
    }
    return result.data;
  }
}

/** The request body, validated by a zod schema and described by it in the OpenAPI document. */
export const ValidBody = (schema: z.ZodType) => Body(new ZodValidationPipe(schema, 'body'));
export const ValidQuery = (schema: z.ZodType) => Query(new ZodValidationPipe(schema, 'query'));
/** One path parameter, validated by a zod schema (its issues name the parameter). */
export const ValidParam = (name: string, schema: z.ZodType) => Param(name, new ZodValidationPipe(schema, 'path'));
export const DescribeBody = (schema: z.ZodType) =>
  applyDecorators(ApiBody({ schema: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as object }));

/** The query parameters of a zod object schema, described in the OpenAPI document. */
export function DescribeQuery(schema: z.ZodObject) {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, object>; required?: string[] };
  return applyDecorators(
    ...Object.entries(json.properties ?? {}).map(([name, property]) => ApiQuery({ name, required: json.required?.includes(name) ?? false, schema: property })),
  );
}
