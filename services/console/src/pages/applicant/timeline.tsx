import { type CalendarDate, correctionWords, dueWords, noticeWords } from '@makerspace/policy';
import { useConsole } from '../../app-context';
import { ReasonList } from '../../components/reason-list';
import { useLoad } from '../../components/use-load';
import type { TimelineEntry } from '../../domain/application';
import { formatInstant } from '../../format/format';

interface Payload {
  reasons?: { text: string; article?: string }[];
  correctBy?: CalendarDate;
  dueOn?: CalendarDate;
  to?: string;
  stage?: string;
  filingNumber?: string;
  from?: CalendarDate;
  until?: CalendarDate;
  spaceId?: string;
  title?: { zh: string; en: string };
}

/**
 * The filing events of an application: stages, tasks and their due dates, returns with their
 * reasons, the public notice; every period said with the days inside it.
 */
export function Timeline({ applicationId, status }: { applicationId: string; status: string }) {
  const { api, t, lang } = useConsole();
  const timeline = useLoad(() => api.intake.get<TimelineEntry[]>(`/applications/${applicationId}/timeline`), [api, applicationId, status]);
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timeline.title')}</h2>
      {timeline.data?.length === 0 && <p>{t('timeline.empty')}</p>}
      <ol className="timeline">
        {timeline.data?.map((e) => {
          const p = e.payload as Payload;
          return (
            <li key={e.eventId} data-type={e.type}>
              <time dateTime={e.occurredAt}>{formatInstant(e.occurredAt)}</time> <strong>{t.optional(`event.${e.type}`, e.type)}</strong>
              {p.title && <span> · {p.title[lang]}</span>}
              {p.to && <span> → {t.optional(`stage.${p.to}`, p.to)}</span>}
              {p.dueOn && <span> · {dueWords(p.dueOn)[lang]}</span>}
              {p.correctBy && <span> · {correctionWords(p.correctBy)[lang]}</span>}
              {p.from && p.until && <span> · {noticeWords(p.from, p.until)[lang]}</span>}
              {p.filingNumber && <span> · {p.filingNumber}</span>}
              {e.type === 'application.filed' && p.spaceId && (
                <span>
                  {' '}
                  · <a href={`#/spaces/${p.spaceId}`}>{t('space.open')}</a>
                </span>
              )}
              <ReasonList reasons={p.reasons} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
