import type { History } from '@temporalio/common/lib/proto-utils';

type Event = NonNullable<History['events']>[number];

const durationMs = (d: { seconds?: unknown; nanos?: number | null } | null | undefined) => Number(d?.seconds ?? 0) * 1000 + Math.round((d?.nanos ?? 0) / 1e6);

/** The patch ids whose markers (`patched`, `deprecatePatch`) a workflow's history holds, in order. */
export function patchesIn(history: History): string[] {
  return (history.events ?? []).flatMap((e: Event) => {
    const marker = e.markerRecordedEventAttributes;
    if (marker?.markerName !== 'core_patch') return [];
    const data = marker.details?.['patch-data']?.payloads?.[0]?.data;
    return data ? [(JSON.parse(Buffer.from(data).toString('utf8')) as { id: string }).id] : [];
  });
}

/** What the workflow did first: its timers (with their durations) and activities up to the first activity, in order. */
export function stepsBeforeFirstActivity(history: History): string[] {
  const steps: string[] = [];
  for (const e of history.events ?? []) {
    if (e.timerStartedEventAttributes) steps.push(`timer ${durationMs(e.timerStartedEventAttributes.startToFireTimeout)} ms`);
    if (e.activityTaskScheduledEventAttributes) return [...steps, `activity ${e.activityTaskScheduledEventAttributes.activityType?.name}`];
  }
  return steps;
}
