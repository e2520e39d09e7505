import { gauge } from './registry';

export type Reading<L extends string> = [Partial<Record<L, string>>, number][];
type Source<L extends string> = () => Promise<Reading<L>>;

const sourcesByGauge = new Map<string, Set<Source<string>>>();

/**
 * A gauge read when /metrics is read (a count from a database, a lag from the broker), from every
 * source that reports it now: a test process may run several services, each with a source. The
 * returned function stops this source reporting.
 */
export function reportGauge<L extends string>(config: { name: string; help: string; labelNames: readonly L[] }, source: Source<L>): () => void {
  let sources = sourcesByGauge.get(config.name) as Set<Source<L>> | undefined;
  if (!sources) {
    const own = new Set<Source<L>>();
    sources = own;
    sourcesByGauge.set(config.name, own as Set<Source<string>>);
    gauge<L>({
      ...config,
      async collect() {
        this.reset();
        for (const read of own) for (const [labels, value] of await read()) this.set(labels, value);
      },
    });
  }
  sources.add(source);
  return () => sources.delete(source);
}
