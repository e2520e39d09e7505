import { bundleWorkflowCode, BundleOptions } from '@temporalio/worker';

const INLINE_MAP = /\n\/\/# sourceMappingURL=data:application\/json;(?:charset=utf-8;)?base64,([A-Za-z0-9+/=]+)\s*$/;

/**
 * The workflow bundle, its inline source map without the sources' text (`sourcesContent`).
 *
 * Each Worker parses the bundle's source map and keeps it, to give workflow stack traces their
 * TypeScript files, lines and columns. The text of every bundled module is 1.8 MB of the 3.2 MB
 * map and cost each Worker about 50 MB resident: with it the worker process (two Workers) idled
 * at 220-290 MB, without it at about 160 MB (docs/benchmarks.md, Memory). Mappings stay whole; what
 * goes is the source snippets of the `__enhanced_stack_trace` query, which the Temporal UI shows
 * under the positions.
 */
export async function leanWorkflowBundle(options: BundleOptions): Promise<{ code: string }> {
  const { code } = await bundleWorkflowCode(options);
  return { code: withoutSourcesContent(code) };
}

export function withoutSourcesContent(code: string): string {
  const inline = INLINE_MAP.exec(code);
  // The SDK refuses a bundle without an inline map: one it did not make is left as it is.
  if (!inline) return code;
  const map = JSON.parse(Buffer.from(inline[1], 'base64').toString('utf8')) as { sourcesContent?: unknown };
  delete map.sourcesContent;
  return `${code.slice(0, inline.index)}\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(map)).toString('base64')}`;
}
