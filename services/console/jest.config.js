module.exports = {
  ...require('../../jest.preset'),
  displayName: 'console',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/server/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  testTimeout: 180_000,
};
