import { type CalendarDate, dueWords } from '@makerspace/policy';
import { useConsole } from '../../app-context';
import { Problem } from '../../components/problem';
import { useLoad } from '../../components/use-load';
import { supervisionHref, SupervisionTask } from '../../domain/supervision';
import { divisionName } from '../../format/format';

/**
 * The desk's open supervision tasks (Art. 7 evaluations, Art. 8 changes), by due date, from the
 * evaluation service: a district officer's division, an expert's named reviews, all for the city.
 */
export function SupervisionTaskList() {
  const { api, t, lang } = useConsole();
  const tasks = useLoad(() => api.evaluation.get<SupervisionTask[]>('/supervision-tasks', { status: 'OPEN' }), [api]);
  return (
    <section aria-labelledby="supervision-tasks-title">
      <h2 id="supervision-tasks-title">{t('supervision.tasks')}</h2>
      <Problem error={tasks.error} />
      {tasks.data?.length === 0 && <p>{t('supervision.noTasks')}</p>}
      <ul className="cards">
        {tasks.data?.map((task) => {
          const href = supervisionHref(task);
          const title = `${task.spaceName} · ${t(`supervisionStage.${task.stage}`)}`;
          return (
            <li key={task.id} className={`card${task.overdue ? ' overdue' : ''}`} data-supervision-stage={task.stage}>
              {href ? <a href={href}>{title}</a> : title}
              <span className="meta">
                {divisionName(task.divisionCode, lang)} · {dueWords(task.dueOn as CalendarDate)[lang]}
                {task.overdue && <span className="badge bad">{t('inbox.overdue')}</span>}
                {task.escalatedTo && <span className="badge warn">{t('inbox.escalated')}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
