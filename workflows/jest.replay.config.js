// The recorded-history corpus replayed against today's workflow bundles (test/replay.spec.ts),
// reported as a project of its own so that `npm test`'s summary gives the corpus's count.
const path = require('node:path');

module.exports = {
  ...require('../jest.preset'),
  displayName: 'replay',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/replay.spec.ts'],
  reporters: ['default', [path.join(__dirname, '../jest-summary-reporter.js'), { project: 'replay' }]],
  testTimeout: 300_000,
};
