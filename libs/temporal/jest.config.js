module.exports = {
  ...require('../../jest.preset'),
  displayName: 'temporal',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
