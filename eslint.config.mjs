import tseslint from 'typescript-eslint';

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
);
