import { FormEvent, useState } from 'react';
import { type CalendarDate, dueWords } from '@makerspace/policy';
import { FILING_STAGES, TASK_KINDS } from '../../domain/filing';
import { useConsole } from '../../app-context';
import { CheckboxField, SelectField } from '../../components/fields';
import { Problem } from '../../components/problem';
import { useLoad } from '../../components/use-load';
import type { InboxTask } from '../../domain/inbox';
import { SupervisionTaskList } from '../supervision/supervision-task-list';
import { BindingChecks } from './binding-checks';

/**
 * The staff desk's open tasks: the filing procedure's, overdue first (the review service orders
 * them), with filters and claims; then the supervision tasks of filed spaces.
 */
export function InboxPage() {
  const { api, t, lang, session } = useConsole();
  const [stage, setStage] = useState('');
  const [kind, setKind] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [filter, setFilter] = useState({ stage: '', kind: '', overdue: '' });
  const tasks = useLoad(() => api.review.get<InboxTask[]>('/tasks', filter), [api, filter]);
  const [error, setError] = useState<unknown>(null);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilter({ stage, kind, overdue: overdueOnly ? 'true' : '' });
  };
  const claim = (task: InboxTask, action: 'claim' | 'release') => async () => {
    setError(null);
    try {
      await api.review.post(`/tasks/${task.id}/${action}`);
      tasks.reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section>
      <h1>{t('inbox.title')}</h1>
      <form className="filters" onSubmit={apply} aria-label={t('inbox.filters')}>
        <SelectField
          label={t('common.stage')}
          value={stage}
          onChange={setStage}
          options={[{ value: '', label: t('common.any') }, ...FILING_STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))]}
        />
        <SelectField
          label={t('inbox.kind')}
          value={kind}
          onChange={setKind}
          options={[{ value: '', label: t('common.any') }, ...TASK_KINDS.map((k) => ({ value: k, label: t(`task.${k}`) }))]}
        />
        <CheckboxField label={t('inbox.overdueOnly')} checked={overdueOnly} onChange={setOverdueOnly} />
        <button type="submit">{t('inbox.apply')}</button>
        <button type="button" className="secondary" onClick={tasks.reload}>
          {t('common.refresh')}
        </button>
      </form>
      <Problem error={tasks.error ?? error} />
      {tasks.data?.length === 0 && <p>{t('inbox.empty')}</p>}
      <ul className="cards">
        {tasks.data?.map((task) => (
          <li key={task.id} className={`card${task.overdue ? ' overdue' : ''}`} data-task-kind={task.kind}>
            <a href={`#/review/${task.applicationId}`}>{[task.spaceName, lang === 'zh' ? task.titleZh : task.titleEn].filter(Boolean).join(' · ')}</a>
            <span className="meta">
              {t(`task.${task.kind}`)} · {dueWords(task.dueOn as CalendarDate)[lang]}
              {task.overdue && <span className="badge bad">{t('inbox.overdue')}</span>}
              {task.escalated && <span className="badge warn">{t('inbox.escalated')}</span>}
              {task.claimedBy && <span className="badge">{t('inbox.claimedBy', { who: task.claimedBy })}</span>}
            </span>
            {task.claimedBy === session?.person.id ? (
              <button type="button" className="secondary" onClick={claim(task, 'release')}>
                {t('inbox.release')}
              </button>
            ) : (
              <button type="button" className="secondary" onClick={claim(task, 'claim')}>
                {t('inbox.claim')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {session?.person.role === 'district-officer' && <BindingChecks />}
      <SupervisionTaskList />
    </section>
  );
}
