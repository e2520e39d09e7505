// The bench's only suite: the Flowable peer deploys its model and completes one procedure, and its
// Art. 5 port judges as libs/policy does (bench/peer/flowable). The figures themselves are measured
// by `npm run bench`, never asserted here.
module.exports = {
  ...require('../jest.preset'),
  displayName: 'bench',
  rootDir: __dirname,
  testMatch: ['<rootDir>/peer/flowable/test/**/*.spec.ts'],
  testTimeout: 120_000,
  forceExit: true,
};
