// Integration specs of the local stack (test/): they talk to the real servers the stack scripts
// start; and the unit specs of the infrastructure's own tools beside their code.
module.exports = {
  ...require('../jest.preset'),
  displayName: 'infra',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.spec.ts', '<rootDir>/prisma/**/*.spec.ts'],
  // One server restart or JVM start at a time: the specs stop/start shared processes.
  maxWorkers: 1,
};
