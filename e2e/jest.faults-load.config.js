// Faults under load (`npm run faults:load`, docs/faults.md): the fault suite's own servers, a load
// of hundreds of applications and a cycle over thousands of spaces, the four faults one after the
// other. Minutes long, so not part of `npm test`; its figures go into docs/faults.md.
const faults = require('./jest.faults.config');

module.exports = {
  ...faults,
  displayName: 'faults-load',
  testMatch: ['<rootDir>/faults/load/**/*.load.ts'],
  reporters: ['default'],
  testTimeout: 3_600_000,
};
