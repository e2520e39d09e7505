module.exports = {
  ...require('../../jest.preset'),
  displayName: 'ops',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  testTimeout: 120_000,
};
