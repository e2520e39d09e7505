import { builtinModules } from 'node:module';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

// Where the projects' code may reach: docs/architecture.md, "Boundaries", says the same for people.

/** The services' public testing entries and the worker, with which tests boot the processes they test. */
const PROCESS_ENTRIES = ['@makerspace/*/testing', '@makerspace/workflows'];
/** The same as the module-boundaries rule matches them (regular expressions). */
const PROCESS_ENTRY_EXPRESSIONS = ['^@makerspace/[a-z-]+/testing$', '^@makerspace/workflows$'];

/** Node's own modules (as a regular expression: a pattern such as 'events' would also match '../events/x'): none runs in a browser. */
const NODE_BUILTIN = `^(node:|(${builtinModules.join('|')})(/|$))`;

/** Unit specs beside the code, which run in Node. */
const SPECS = ['**/*.spec.ts', '**/*.spec.tsx'];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/generated/**', '**/node_modules/**', '.stack/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Every legal period is counted by libs/policy's one period rule (docs/policy.md, Counting
    // periods); the services and workflows never add days or months to a date themselves. The
    // workflow clocks turn a date into an instant (the start of a day), not a period.
    files: ['services/*/src/**/*.{ts,tsx}', 'services/*/server/**/*.ts', 'workflows/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.spec.tsx', 'workflows/src/shared/workflow-clock.ts', 'workflows/src/filing/filing-clock.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@makerspace/policy',
              importNames: ['addDays', 'addCalendarMonths'],
              message: 'count a legal period with the policy period rule (periodEndsOn, daysBefore, dayAfter) or the period of the Measures built on it',
            },
          ],
        },
      ],
    },
  },
  {
    // Configuration files and stack scripts are CommonJS run by Node directly.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Projects reach each other by their package names, never by relative paths, and only along
    // their tags (each project.json): libraries build on libraries; the pure ones (no I/O: they run
    // in the workflows' sandbox and the browser too) on pure ones only. A process (service, console,
    // worker) is never imported, except through the entries tests boot it with (PROCESS_ENTRIES,
    // held to test code below).
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: PROCESS_ENTRY_EXPRESSIONS,
          // The one circle left, through tests only: the events library's integration tests wait
          // with the harness's waitFor, and the harness taps Kafka with the events library.
          ignoredCircularDependencies: [['events', 'testing']],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'type:pure',
              onlyDependOnLibsWithTags: ['type:pure'],
              bannedExternalImports: [
                '@nestjs/*',
                '@prisma/*',
                'pg',
                'kafkajs',
                'nodemailer',
                'exceljs',
                '@temporalio/client',
                '@temporalio/worker',
                '@temporalio/activity',
                '@temporalio/testing',
              ],
            },
            { sourceTag: 'scope:service', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:console', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:workflows', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:tool', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:bench', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:infra', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: PROCESS_ENTRIES, message: 'A testing entry or the worker boots a process in tests only.' }] },
      ],
    },
  },
  {
    // The Prisma CLI loads these itself, without the workspace's path mapping.
    files: ['services/*/prisma.config.ts', 'services/*/prisma-migrate.config.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // A service's tests may start the worker; another service they reach over HTTP, never in process.
    files: ['services/{intake,review,evaluation,notification}/**/*.spec.ts', 'services/{intake,review,evaluation,notification}/test/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@makerspace/*/testing'], message: "A service's tests do not boot another service." }] },
      ],
    },
  },
  {
    // The console's, the operator tools', the end-to-end and benchmark tests boot the processes they test.
    files: ['services/console/test/**', 'tools/*/test/**', 'e2e/**', 'bench/**'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    // The console's browser code: of the workspace, only the contracts' browser entry and the pure
    // rules; nothing of Node.
    files: ['services/console/src/**/*.ts', 'services/console/src/**/*.tsx'],
    ignores: SPECS,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@makerspace/(?!policy$|contracts/browser$)',
              message: 'The browser loads only @makerspace/contracts/browser and @makerspace/policy of the workspace.',
            },
            { regex: NODE_BUILTIN, message: 'The browser has no Node modules.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', '__dirname', 'require'],
    },
  },
  {
    // The contracts' browser entry and what it loads: plain data, whose values import nothing of
    // Temporal, zod or Node (types may come from anywhere: they are erased).
    files: ['libs/contracts/src/browser.ts', 'libs/contracts/src/vocabulary/**', 'libs/contracts/src/api/**'],
    ignores: SPECS,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@temporalio/*', 'zod'], allowTypeImports: true, message: 'The browser entry loads no Temporal or zod module.' },
            { regex: NODE_BUILTIN, allowTypeImports: true, message: 'The browser entry loads no Node module.' },
            {
              group: ['./events/*', './workflows/*', './errors/*', '../events/*', '../workflows/*', '../errors/*'],
              allowTypeImports: true,
              message: 'The browser entry takes values from vocabulary/ only; types from anywhere.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', '__dirname', 'require'],
    },
  },
);
