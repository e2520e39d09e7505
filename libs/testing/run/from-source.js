// `node -r libs/testing/run/from-source.js <entry>.ts`: runs a process of the workspace from its
// TypeScript sources, as the tests see them (SWC with decorator metadata, workspace libraries
// resolved to their sources), so a test can start a real service or worker process and signal it
// without a prior build.
const path = require('node:path');
const Module = require('node:module');
const { addHook } = require('pirates');
const { transformSync } = require('@swc/core');
const swc = require('../../../swc.config');

const ROOT = path.resolve(__dirname, '../../..');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const lib = /^@makerspace\/([a-z-]+)$/.exec(request);
  if (request === '@makerspace/workflows') request = path.join(ROOT, 'workflows/src/index.ts');
  else if (lib) request = path.join(ROOT, 'libs', lib[1], 'src/index.ts');
  return resolve.call(this, request, ...rest);
};
addHook((code, filename) => transformSync(code, { ...swc, filename }).code, { exts: ['.ts'], ignoreNodeModules: true });
