module.exports = {
  ...require('../jest.preset'),
  displayName: 'workflows',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  // The corpus replays under jest.replay.config.js, its own line in the summary.
  testPathIgnorePatterns: ['<rootDir>/test/replay.spec.ts'],
  testTimeout: 120_000,
};
