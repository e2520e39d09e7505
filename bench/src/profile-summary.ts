import { readFileSync } from 'node:fs';

/**
 * Where a `.cpuprofile` (from BENCH_PROFILE) spent its busy time, without a browser:
 * `npx tsx bench/src/profile-summary.ts <file.cpuprofile> [from-seconds to-seconds]`.
 * Prints the busy time in the window, the self time by package (or file of this repository), and
 * the inclusive time of this repository's functions. Asynchronous work is charged to whatever ran
 * it (a Prisma query to Prisma, not to the handler that awaited it).
 */

interface CallFrame {
  functionName: string;
  url: string;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const OURS = /\/(services|libs|workflows|bench|tools)\//;

/** The package a frame belongs to, or its file when it is this repository's. */
function placeOf({ url, functionName }: CallFrame): string {
  if (!url) return functionName || '(native)';
  const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return url;
  const ours = /\/((services|libs|workflows|bench|tools)\/.*)$/.exec(url);
  return ours ? ours[1] : url;
}

function add(totals: Map<string, number>, key: string, us: number) {
  totals.set(key, (totals.get(key) ?? 0) + us);
}

function top(totals: Map<string, number>, busyUs: number, n: number): string[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, us]) => `${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / busyUs).toFixed(1).padStart(5)} %  ${key}`);
}

function summarise(profile: CpuProfile, fromS: number, toS: number): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let at = 0;
  let busy = 0;
  profile.samples.forEach((sample, i) => {
    const us = profile.timeDeltas[i];
    at += us;
    const node = byId.get(sample)!;
    if (at < fromS * 1e6 || at > toS * 1e6 || node.callFrame.functionName === '(idle)') return;
    busy += us;
    add(self, placeOf(node.callFrame), us);
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parentOf.get(id)) {
      const frame = byId.get(id)!.callFrame;
      const key = `${placeOf(frame)} ${frame.functionName || '(anonymous)'}`;
      if (OURS.test(frame.url) && !frame.url.includes('node_modules') && !seen.has(key)) {
        seen.add(key);
        add(inclusive, key, us);
      }
    }
  });
  return [
    `busy ${(busy / 1000).toFixed(0)} ms between ${fromS} s and ${Number.isFinite(toS) ? `${toS} s` : 'the end'}`,
    '',
    'self time by package or file:',
    ...top(self, busy, 25),
    '',
    "this repository's functions, inclusive:",
    ...top(inclusive, busy, 25),
  ].join('\n');
}

const [file, from, to] = process.argv.slice(2);
if (!file) {
  console.error('usage: npx tsx bench/src/profile-summary.ts <file.cpuprofile> [from-seconds to-seconds]');
  process.exit(2);
}
console.log(summarise(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, Number(from ?? 0), to === undefined ? Infinity : Number(to)));
