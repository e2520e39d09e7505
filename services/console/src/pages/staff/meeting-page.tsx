import { FormEvent, useState } from 'react';
import { type CalendarDate, dueWords, todayInShanghai } from '@makerspace/policy';
import { useConsole } from '../../app-context';
import { reasonsOf } from '../../domain/reasons';
import { CheckboxField, SelectField, TextArea, TextField } from '../../components/fields';
import { Problem } from '../../components/problem';
import { useLoad } from '../../components/use-load';
import type { InboxTask } from '../../domain/inbox';
import { inLanguage } from '../../format/format';

interface MeetingResult {
  meetingId: string;
  heldOn: string;
  results: { applicationId: string; decision: string; outcome: 'DECIDED' | 'REFUSED'; filingNumber?: string; error?: { code: string; message: string } }[];
}

type Verdict = 'APPROVE' | 'DECLINE';

/**
 * The director's office meeting record (Art. 6(4)): the secretary ticks the applications put
 * before the meeting, each approved (a filing number) or declined with reasons.
 */
export function MeetingPage() {
  const { api, t, lang } = useConsole();
  const tasks = useLoad(() => api.review.get<InboxTask[]>('/tasks', { kind: 'director-meeting' }), [api]);
  const [meetingId, setMeetingId] = useState(() => `meeting-${todayInShanghai(new Date())}`);
  const [heldOn, setHeldOn] = useState<string>(() => todayInShanghai(new Date()));
  const [decisions, setDecisions] = useState<Record<string, { include: boolean; decision: Verdict; reason: string }>>({});
  const [result, setResult] = useState<(MeetingResult & { names: ReadonlyMap<string, string> }) | null>(null);
  const [error, setError] = useState<unknown>(null);
  const decisionOf = (taskId: string) => decisions[taskId] ?? { include: false, decision: 'APPROVE' as Verdict, reason: '' };
  const included = (tasks.data ?? []).filter((task) => decisionOf(task.id).include);
  /** An application by its space's name, or by its place on the agenda where the name is not known yet. */
  const nameOf = (task: InboxTask) => task.spaceName ?? t('meeting.unnamed', { n: (tasks.data ?? []).indexOf(task) + 1 });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const record = {
        meetingId,
        heldOn,
        decisions: included.map((task) => {
          const d = decisionOf(task.id);
          return { applicationId: task.applicationId, taskId: task.id, decision: d.decision, reasons: reasonsOf(d.reason, 'Art. 6(4)') };
        }),
      };
      const names = new Map(included.map((task) => [task.applicationId, nameOf(task)]));
      setResult({ ...(await api.review.post<MeetingResult>('/meetings', record)), names });
      tasks.reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section>
      <h1>{t('meeting.title')}</h1>
      {result && (
        <div role="status" className="card">
          <h2>{t('meeting.recorded', { id: result.meetingId })}</h2>
          <ul>
            {result.results.map((r) => (
              <li key={r.applicationId} data-testid="meeting-result">
                <a href={`#/review/${r.applicationId}`}>{result.names.get(r.applicationId)}</a> · {t.optional(`outcome.${r.decision}`, r.decision)} ·{' '}
                {r.outcome === 'DECIDED'
                  ? (r.filingNumber ?? t('meeting.decided'))
                  : t.optional(`error.${r.error?.code}`, inLanguage(r.error?.message ?? '', lang))}
              </li>
            ))}
          </ul>
        </div>
      )}
      <Problem error={tasks.error} />
      {tasks.data?.length === 0 && <p>{t('meeting.none')}</p>}
      {tasks.data && tasks.data.length > 0 && (
        <form onSubmit={submit} aria-label={t('meeting.title')}>
          <TextField label={t('meeting.id')} value={meetingId} onChange={setMeetingId} required />
          <TextField type="date" label={t('meeting.heldOn')} value={heldOn} onChange={setHeldOn} required />
          {tasks.data.map((task) => {
            const d = decisionOf(task.id);
            const set = (next: Partial<typeof d>) => setDecisions({ ...decisions, [task.id]: { ...d, ...next } });
            return (
              <fieldset key={task.id}>
                <legend>
                  <a href={`#/review/${task.applicationId}`}>{nameOf(task)}</a> · {dueWords(task.dueOn as CalendarDate)[lang]}
                </legend>
                <CheckboxField label={t('meeting.include', { application: nameOf(task) })} checked={d.include} onChange={(include) => set({ include })} />
                <SelectField<Verdict>
                  label={t('meeting.decision', { application: nameOf(task) })}
                  value={d.decision}
                  onChange={(decision) => set({ decision })}
                  options={[
                    { value: 'APPROVE', label: t('outcome.APPROVE') },
                    { value: 'DECLINE', label: t('outcome.DECLINE') },
                  ]}
                />
                <TextArea
                  label={t(d.decision === 'DECLINE' ? 'meeting.reasonRequired' : 'meeting.reason', { application: nameOf(task) })}
                  value={d.reason}
                  onChange={(reason) => set({ reason })}
                  required={d.decision === 'DECLINE'}
                />
              </fieldset>
            );
          })}
          <Problem error={error} />
          <button type="submit" disabled={included.length === 0}>
            {t('meeting.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
