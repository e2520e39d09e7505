import { useConsole } from '../../app-context';
import { useLoad } from '../../components/use-load';
import type { TimelineEntry } from '../../domain/application';
import { formatInstant } from '../../format/format';

interface Reason {
  text: string;
  article?: string;
}

/** The filing events of an application: stages, due dates, returns with their reasons. */
export function Timeline({ applicationId, status }: { applicationId: string; status: string }) {
  const { api, t } = useConsole();
  const timeline = useLoad(() => api.intake.get<TimelineEntry[]>(`/applications/${applicationId}/timeline`), [api, applicationId, status]);
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timeline.title')}</h2>
      {timeline.data?.length === 0 && <p>{t('timeline.empty')}</p>}
      <ol className="timeline">
        {timeline.data?.map((e) => {
          const p = e.payload as { reasons?: Reason[]; correctBy?: string; dueOn?: string; to?: string; stage?: string; filingNumber?: string; until?: string; spaceId?: string };
          return (
            <li key={e.eventId} data-type={e.type}>
              <time dateTime={e.occurredAt}>{formatInstant(e.occurredAt)}</time> <strong>{t.optional(`event.${e.type}`, e.type)}</strong>
              {p.to && <span> → {t.optional(`stage.${p.to}`, p.to)}</span>}
              {p.dueOn && <span> · {t('timeline.dueOn', { on: p.dueOn })}</span>}
              {p.correctBy && <span> · {t('timeline.correctBy', { on: p.correctBy })}</span>}
              {p.until && <span> · {t('timeline.noticeUntil', { on: p.until })}</span>}
              {p.filingNumber && <span> · {p.filingNumber}</span>}
              {e.type === 'application.filed' && p.spaceId && (
                <span>
                  {' '}
                  · <a href={`#/spaces/${p.spaceId}`}>{t('space.open')}</a>
                </span>
              )}
              {p.reasons && p.reasons.length > 0 && (
                <ul className="reasons">
                  {p.reasons.map((r, i) => (
                    <li key={i}>
                      {r.text}
                      {r.article && <span className="article"> ({r.article})</span>}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
