// Shared Jest settings: SWC compiles TypeScript (with decorator metadata for Nest) and
// workspace libraries resolve to their sources, so tests never need a prior build.
const path = require('node:path');

const swc = require('./swc.config');

module.exports = {
  testEnvironment: 'node',
  reporters: ['default', path.join(__dirname, 'jest-summary-reporter.js')],
  setupFiles: [path.join(__dirname, 'jest.env.ts')],
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@makerspace/workflows$': path.join(__dirname, 'workflows/src/index.ts'),
    '^@makerspace/([a-z-]+)$': path.join(__dirname, 'libs/$1/src/index.ts'),
  },
};
