import { z } from 'zod';
import type { RuleParams } from './rule-checked-body';

/**
 * A decision that goes against the applicant states its reasons (Art. 6; Art. 9 for a
 * disqualification). The workflow refuses such a decision too; checking it here answers the
 * caller before anything is sent.
 */
export function requireReasons(ctx: z.RefinementCtx, reasons: readonly unknown[], what: string, article: string, path: PropertyKey[] = ['reasons']): void {
  if (reasons.length > 0) return;
  const params: RuleParams = { rule: 'REASON_REQUIRED', article };
  ctx.addIssue({ code: 'custom', path, message: `${what} must give its reasons (${article})`, params });
}
