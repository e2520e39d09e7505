const preset = require('../jest.preset');

module.exports = {
  ...preset,
  displayName: 'e2e',
  rootDir: __dirname,
  setupFiles: [...preset.setupFiles, '<rootDir>/jest.keycloak-env.ts'],
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  testTimeout: 180_000,
  // These suites start servers, consumers and workers of their own; one that a failing test left
  // open must not keep the whole test command waiting until CI's time runs out.
  forceExit: true,
};
