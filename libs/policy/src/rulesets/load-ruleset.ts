import { deepFreeze } from './freeze';
import { Ruleset } from './ruleset';
import { RulesetError, type RulesetIssue } from './ruleset-error';

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** Validates a ruleset given as data (parsed JSON or a TS object) and returns it frozen. */
export function loadRuleset(data: unknown): Ruleset {
  const result = Ruleset.safeParse(data);
  if (!result.success) {
    const issues: RulesetIssue[] = result.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message,
    }));
    throw new RulesetError('Invalid ruleset', issues);
  }
  return deepFreeze(result.data);
}
