// Integration specs of the local stack: they talk to the real servers the stack scripts start.
module.exports = {
  ...require('../jest.preset'),
  displayName: 'infra',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  // One server restart or JVM start at a time: the specs stop/start shared processes.
  maxWorkers: 1,
};
