// Jest reads its configuration as CommonJS, hence require.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const preset = require('../../jest.preset');

module.exports = {
  ...preset,
  displayName: 'policy',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
