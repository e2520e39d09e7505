/**
 * `@makerspace/ops/testing`: the operator commands as a function, for the tests that drive a
 * backup, a restore or an audit check without a child process. Tests only: lint refuses it
 * anywhere else.
 */
export { runOps } from './run-ops';
export type { Io } from './io';
