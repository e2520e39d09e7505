// The fault suite (`npx nx run e2e:faults`): servers of its own are stopped and started under the
// system, so it runs apart from the other suites, one scenario at a time (see docs/faults.md).
const path = require('node:path');
const preset = require('../jest.preset');

module.exports = {
  ...preset,
  displayName: 'faults',
  rootDir: __dirname,
  testMatch: ['<rootDir>/faults/**/*.spec.ts'],
  reporters: ['default', [path.join(__dirname, '../jest-summary-reporter.js'), { project: 'faults' }]],
  setupFiles: [...preset.setupFiles, '<rootDir>/faults/support/fault-env.ts'],
  globalSetup: '<rootDir>/faults/support/global-setup.ts',
  globalTeardown: '<rootDir>/faults/support/global-teardown.ts',
  testTimeout: 180_000,
  // These suites start servers, consumers and workers of their own; one that a failing test left
  // open must not keep the whole test command waiting until CI's time runs out.
  forceExit: true,
};
