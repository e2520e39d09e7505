module.exports = {
  ...require('../../jest.preset'),
  displayName: 'policy',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
