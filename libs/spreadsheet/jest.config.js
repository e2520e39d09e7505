module.exports = {
  ...require('../../jest.preset'),
  displayName: 'spreadsheet',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
