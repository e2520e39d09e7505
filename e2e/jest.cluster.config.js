// The cluster suite (`npx nx run e2e:cluster`): the system spread out as production runs it, on
// cluster-shaped servers of its own, under load and one fault at a time (docs/faults.md,
// docs/deployment.md). Runs apart from the other suites.
const path = require('node:path');
const preset = require('../jest.preset');

module.exports = {
  ...preset,
  displayName: 'cluster',
  rootDir: __dirname,
  testMatch: ['<rootDir>/cluster/**/*.spec.ts'],
  reporters: ['default', [path.join(__dirname, '../jest-summary-reporter.js'), { project: 'cluster' }]],
  setupFiles: [...preset.setupFiles, '<rootDir>/cluster/support/cluster-env.ts'],
  globalSetup: '<rootDir>/cluster/support/global-setup.ts',
  globalTeardown: '<rootDir>/cluster/support/global-teardown.ts',
  testTimeout: 1_200_000,
  forceExit: true,
};
