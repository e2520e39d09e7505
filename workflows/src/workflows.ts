// Every workflow type the worker runs; this file is the entry of the workflow bundle.
export { filing } from './filing/workflow';
