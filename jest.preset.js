// Shared Jest settings: SWC compiles TypeScript (with decorator metadata for Nest) and
// workspace libraries and the services' testing entries resolve to their sources, so tests never need a prior build.
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
    '^@makerspace/contracts/browser$': path.join(__dirname, 'libs/contracts/src/browser.ts'),
    '^@makerspace/(intake|review|evaluation|notification)/testing$': path.join(__dirname, 'services/$1/src/testing.ts'),
    '^@makerspace/workflows/testing$': path.join(__dirname, 'workflows/src/testing.ts'),
    '^@makerspace/ops/testing$': path.join(__dirname, 'tools/ops/src/testing.ts'),
    '^@makerspace/([a-z-]+)$': path.join(__dirname, 'libs/$1/src/index.ts'),
  },
};
