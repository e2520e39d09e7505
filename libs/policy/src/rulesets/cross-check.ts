import { z } from 'zod';

type Issue = (path: readonly PropertyKey[], input: unknown, message: string) => void;

/**
 * A check across fields of one object. It runs once the fields it reads have the right shape, even
 * when other fields do not or another cross-field check failed, so one load reports every issue.
 */
export function crossCheck<T>(fields: readonly (keyof T & string)[], check: (value: T, issue: Issue) => void) {
  const reads = (key: PropertyKey | undefined) => (fields as readonly PropertyKey[]).includes(key ?? '');
  return z.superRefine<T>((value, ctx) => check(value, (path, input, message) => ctx.addIssue({ code: 'custom', path: [...path], input, message })), {
    when: ({ issues }) =>
      issues.every((issue) => {
        const path = issue.path ?? [];
        return path.length > 0 && (issue.code === 'custom' || !reads(path[0]));
      }),
  });
}
