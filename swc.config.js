// How the workspace's TypeScript is compiled where it runs from source (Jest, and processes that
// tests start): SWC with decorator metadata for Nest.
module.exports = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};
