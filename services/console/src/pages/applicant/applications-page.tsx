import { useConsole } from '../../app-context';
import { useLoad } from '../../components/use-load';
import type { Application } from '../../domain/application';
import { useMyRecords } from '../../domain/use-my-records';

/** The applicant's applications made from this browser, with where each stands. */
export function ApplicationsPage() {
  const { api, t } = useConsole();
  const records = useMyRecords();
  const mine = records?.read() ?? { organisations: [], applications: [] };
  const loaded = useLoad(
    () => Promise.all(mine.applications.map((a) => api.intake.get<Application>(`/applications/${a.id}`).catch(() => null))),
    [api, records],
  );
  return (
    <section>
      <h1>{t('applications.title')}</h1>
      <p className="actions">
        <a className="button" href="#/organisation">
          {t('organisation.title')}
        </a>
        <a className="button" href="#/applications/new">
          {t('applications.new')}
        </a>
      </p>
      {mine.applications.length === 0 && <p>{t('applications.none')}</p>}
      <ul className="cards">
        {mine.applications.map((a, i) => {
          const app = loaded.data?.[i];
          return (
            <li key={a.id} className="card">
              <a href={`#/applications/${a.id}`}>{a.spaceName}</a>
              {app && <span className="badge">{t(`status.${app.status}`)}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
