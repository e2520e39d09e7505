import { z } from 'zod';

export interface SettingProblem {
  variable: string;
  rule: string;
  found?: string;
}

/** A process's settings are wrong: every wrong variable at once, each with the rule it breaks. */
export class SettingsError extends Error {
  constructor(
    readonly processName: string,
    readonly problems: SettingProblem[],
  ) {
    super(
      `${processName} cannot start, its settings are wrong:\n` +
        problems.map((p) => `  ${p.variable} ${p.rule}${p.found === undefined ? '' : ` (found "${p.found}")`}`).join('\n'),
    );
    this.name = 'SettingsError';
  }
}

/** Validate the environment against a process's schema; a wrong value throws SettingsError naming it. */
export function readSettings<S extends z.ZodObject>(processName: string, schema: S, env: NodeJS.ProcessEnv = process.env): z.output<S> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const variable = String(issue.path[0] ?? '(environment)');
    return { variable, rule: issue.message, found: env[variable] };
  });
  throw new SettingsError(processName, problems);
}
