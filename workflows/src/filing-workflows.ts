// The workflow types of the filing task queue; this file is the entry of the filing workflow bundle.
export { filing } from './filing/workflow';
