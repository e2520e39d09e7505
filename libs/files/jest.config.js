module.exports = {
  ...require('../../jest.preset'),
  displayName: 'files',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  testTimeout: 60_000,
};
