// Records the corpus of workflow histories (`npm run histories:record`, docs/workflows.md): the
// scenarios of e2e/histories/ on the local stack's Temporal server (and the time-skipping server
// for paths that wait out a legal period), each history written to workflows/histories/.
module.exports = {
  ...require('../jest.preset'),
  displayName: 'histories',
  rootDir: __dirname,
  testMatch: ['<rootDir>/histories/**/*.histories.ts'],
  globalSetup: '<rootDir>/histories/support/global-setup.ts',
  globalTeardown: '<rootDir>/histories/support/global-teardown.ts',
  testTimeout: 180_000,
  forceExit: true,
};
