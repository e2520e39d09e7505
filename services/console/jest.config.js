const preset = require('../../jest.preset');

// The preset compiles .ts; the console's components are .tsx, compiled alike with React's
// automatic JSX runtime, so their pure rendering can be tested without a browser.
const [swcJest, swc] = preset.transform['^.+\\.ts$'];
const tsx = { ...swc, jsc: { ...swc.jsc, parser: { ...swc.jsc.parser, tsx: true }, transform: { ...swc.jsc.transform, react: { runtime: 'automatic' } } } };

module.exports = {
  ...preset,
  displayName: 'console',
  rootDir: __dirname,
  transform: { ...preset.transform, '^.+\\.tsx$': [swcJest, tsx] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testMatch: ['<rootDir>/src/**/*.spec.{ts,tsx}', '<rootDir>/server/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  testTimeout: 180_000,
};
