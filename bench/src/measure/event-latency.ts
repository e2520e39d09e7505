import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@makerspace/contracts';
import { todayInShanghai } from '@makerspace/policy';
import { Latencies, latencies } from '../support/stats';

export interface EventLatency extends Latencies {
  published: number;
  /** Published but not seen at the end (in the inbox, or by the bare consumer). */
  missing: number;
}

/** Time given to the last events to arrive after the last publication. */
export const DRAIN_MS = 60_000;

/**
 * An objection lodged during a public notice: one notice for the city's desk. Every consumer of the
 * filing topic receives it, and only the notification service acts on it (intake looks the
 * application up and lets it pass, review and evaluation ignore it), so the figure is the
 * notification path's, not the sum of four services' work on two cores.
 */
export function anObjection(id: string): EventEnvelope {
  const applicationId = randomUUID();
  return {
    id,
    type: 'objection.lodged',
    version: 1,
    occurredAt: new Date().toISOString(),
    subject: applicationId,
    actor: { id: 'public', role: 'public' },
    payload: { applicationId, objectionId: randomUUID(), lodgedOn: todayInShanghai(new Date()) },
  };
}

/** Latencies of the events that arrived; BENCH_DEBUG=1 also prints the worst of each second. */
export function eventLatency(what: string, sentAt: number[], arrivedAt: Map<number, number>): EventLatency {
  const samples = [...arrivedAt].map(([i, at]) => at - sentAt[i]);
  if (process.env.BENCH_DEBUG) {
    const worst: number[] = [];
    for (const [i, at] of arrivedAt) {
      const second = Math.floor((sentAt[i] - sentAt[0]) / 1000);
      worst[second] = Math.max(worst[second] ?? 0, at - sentAt[i]);
    }
    console.log(`[bench] ${what}: worst latency each second: ${worst.map((ms) => Math.round(ms)).join(' ')}`);
  }
  return { ...latencies(samples), published: sentAt.length, missing: sentAt.length - arrivedAt.size };
}
