import { type CalendarDate, changeReportWords, selfReportDueWords } from '@makerspace/policy';
import { useConsole } from '../../app-context';
import { Problem } from '../../components/problem';
import { useLoad } from '../../components/use-load';
import type { SpaceRecord } from '../../domain/space';
import { divisionName, gradeName } from '../../format/format';
import { ChangeReportForm } from './change-report-form';
import { SelfReportForm } from './self-report-form';

/** A filed space under supervision, for its operator: the record, the annual self-report (Art. 7) and change reports (Art. 8). */
export function SpacePage({ id }: { id: string }) {
  const { api, t, lang } = useConsole();
  const space = useLoad(() => api.evaluation.get<SpaceRecord>(`/spaces/${id}`), [api, id]);
  if (!space.data)
    return (
      <section>
        <Problem error={space.error} />
        {space.error !== null && <p>{t('space.scopeHint')}</p>}
      </section>
    );
  const s = space.data;
  return (
    <section>
      <h1>{s.spaceName}</h1>
      <dl className="facts">
        <dt>{t('registry.filingNumber')}</dt>
        <dd>{s.filingNumber}</dd>
        <dt>{t('common.status')}</dt>
        <dd>{t.optional(`space.${s.status}`, s.status)}</dd>
        <dt>{t('common.division')}</dt>
        <dd>{divisionName(s.divisionCode, lang)}</dd>
        <dt>{t('registry.filedOn')}</dt>
        <dd>{s.filedOn}</dd>
      </dl>
      <div className="beside">
        <div>
          {s.status === 'ACTIVE' && <SelfReportForm space={s} onFiled={space.reload} />}
          {s.status === 'ACTIVE' && <ChangeReportForm space={s} onReported={space.reload} />}
        </div>
        <aside>
          <section aria-labelledby="evaluations-title">
            <h2 id="evaluations-title">{t('space.evaluations')}</h2>
            {s.evaluations.length === 0 && <p>{t('space.noEvaluations')}</p>}
            <ul>
              {s.evaluations.map((e) => (
                <li key={e.year}>
                  {e.year} · {t.optional(`evaluationStatus.${e.status}`, e.status)} · {selfReportDueWords(e.dueOn as CalendarDate)[lang]}
                  {e.grade && ` · ${t('evaluation.grade', { grade: gradeName(e.grade, lang) })}`}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="changes-title">
            <h2 id="changes-title">{t('space.changes')}</h2>
            {s.changes.length === 0 && <p>{t('space.noChanges')}</p>}
            <ul>
              {s.changes.map((c) => (
                <li key={c.changeId}>
                  {t.optional(`change.${c.kind}`, c.kind)} · {c.effectiveOn} · {t.optional(`changeStatus.${c.status}`, c.status)} ·{' '}
                  {changeReportWords(c.deadline as CalendarDate)[lang]}
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
    </section>
  );
}
