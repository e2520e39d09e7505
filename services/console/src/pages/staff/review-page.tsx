import { useState } from 'react';
import { type CalendarDate, type ConditionsReport, noticeWords } from '@makerspace/policy';
import { useConsole } from '../../app-context';
import { PrecheckPanel } from '../../components/precheck-panel';
import { OfficialDocuments } from '../../components/official-documents';
import { DownloadButton } from '../../components/download-button';
import { Problem } from '../../components/problem';
import { ReasonList } from '../../components/reason-list';
import { useLoad } from '../../components/use-load';
import type { Application, EvidenceRecord } from '../../domain/application';
import type { FilingState } from '../../domain/filing';
import type { InboxTask } from '../../domain/inbox';
import { actorName } from '../../format/actor';
import { divisionName, formatInstant, inLanguage } from '../../format/format';
import { rulesetOf } from '../../domain/ruleset-of';
import { DecisionForm } from './decision-form';
import { Disqualification } from './disqualification';
import { FiguresSummary } from './figures-summary';

/** Roles that read the application's record in intake (experts and the secretary see the procedure only). */
const READS_INTAKE = ['district-officer', 'city-officer'];

/**
 * An application's full picture for staff, and a decision form for each of its tasks on the
 * caller's desk that its filing procedure still has open: the inbox follows the procedure a
 * moment later, and a task the procedure has closed would only be refused.
 */
export function ReviewPage({ id }: { id: string }) {
  const { api, t, lang, session } = useConsole();
  const readsIntake = READS_INTAKE.includes(session?.person.role ?? '');
  const state = useLoad(() => api.review.get<FilingState>(`/applications/${id}/history`), [api, id]);
  const tasks = useLoad(() => api.review.get<InboxTask[]>('/tasks', { applicationId: id }), [api, id, state.data?.history.length]);
  const app = useLoad(() => (readsIntake ? api.intake.get<Application>(`/applications/${id}`) : Promise.resolve(null)), [api, id, readsIntake]);
  const precheck = useLoad(
    () => (readsIntake ? api.intake.get<{ report: ConditionsReport }>(`/applications/${id}/precheck`) : Promise.resolve(null)),
    [api, id, readsIntake],
  );
  const evidence = useLoad(
    () => (readsIntake ? api.intake.get<EvidenceRecord[]>(`/applications/${id}/evidence`) : Promise.resolve([])),
    [api, id, readsIntake],
  );

  const [decided, setDecided] = useState<string | null>(null);
  if (!state.data) return <Problem error={state.error} />;
  const s = state.data;
  const myTasks = (tasks.data ?? []).filter((task) => task.kind !== 'director-meeting' && s.openTasks.some((open) => open.taskId === task.id));
  return (
    <section>
      <h1>{app.data?.spaceName ?? t('review.title')}</h1>
      <dl className="facts">
        <dt>{t('common.status')}</dt>
        <dd data-testid="filing-status">{t(`status.${s.status}`)}</dd>
        <dt>{t('common.stage')}</dt>
        <dd>{s.stage ? t(`stage.${s.stage}`) : '—'}</dd>
        {app.data && (
          <>
            <dt>{t('registry.organisation')}</dt>
            <dd>{app.data.organisation.name}</dd>
            <dt>{t('common.division')}</dt>
            <dd>{divisionName(app.data.divisionCode, lang)}</dd>
            <dt>{t('wizard.venueAddress')}</dt>
            <dd>{app.data.venueAddress}</dd>
          </>
        )}
        {s.filingNumber && (
          <>
            <dt>{t('registry.filingNumber')}</dt>
            <dd>{s.filingNumber}</dd>
          </>
        )}
      </dl>
      <div className="beside">
        <div>
          {decided && <p role="status">{t('decision.done', { outcome: t.optional(`outcome.${decided}`, decided) })}</p>}
          {myTasks.map((task) => (
            <DecisionForm
              key={task.id}
              task={task}
              ruleset={rulesetOf(app.data)}
              onDecided={(outcome) => {
                setDecided(outcome);
                state.reload();
              }}
            />
          ))}
          {tasks.data && myTasks.length === 0 && !decided && <p>{t('review.noTaskOfYours')}</p>}
          {s.panel.length > 0 && (
            <section aria-labelledby="panel-title">
              <h2 id="panel-title">{t('review.panel')}</h2>
              <ul>
                {s.panel.map((seat) => (
                  <li key={seat.expertId}>
                    {t('review.expert', { id: seat.expertId })} · {t(`seat.${seat.status}`)}
                    {seat.score !== undefined && ` · ${seat.score}`}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {s.notice && (
            <section aria-labelledby="notice-title">
              <h2 id="notice-title">{t('notices.title')}</h2>
              <p>{noticeWords(s.notice.from as CalendarDate, s.notice.until as CalendarDate)[lang]}</p>
              <ol>
                {s.notice.objections.map((o, i) => {
                  const text = objectionText(s.history, o.objectionId);
                  return (
                    <li key={o.objectionId}>
                      {t('review.objection', { n: i + 1, on: o.lodgedOn })} · {t(`objection.${o.status}`)}
                      {text && <p>{inLanguage(text, lang)}</p>}
                    </li>
                  );
                })}
              </ol>
            </section>
          )}
          <section aria-labelledby="history-title">
            <h2 id="history-title">{t('review.history')}</h2>
            <ol className="timeline">
              {s.history.map((h, i) => (
                <li key={i}>
                  <time dateTime={h.at}>{formatInstant(h.at)}</time> <strong>{t.optional(`action.${h.action}`, h.action)}</strong>
                  {h.stage && ` · ${t(`stage.${h.stage}`)}`}
                  {h.outcome && ` · ${t.optional(`outcome.${h.outcome}`, h.outcome)}`} · {actorName(h.actor, t)}
                  <ReasonList reasons={h.reasons} />
                </li>
              ))}
            </ol>
          </section>
          {session?.person.role === 'city-officer' && !['FILED', 'REJECTED', 'WITHDRAWN', 'DISQUALIFIED'].includes(s.status) && (
            <Disqualification applicationId={id} banYears={rulesetOf(app.data).fraud.banYears} onDone={state.reload} />
          )}
        </div>
        <aside>
          {readsIntake && ['FILED', 'REJECTED'].includes(s.status) && <OfficialDocuments applicationId={id} />}
          <FiguresSummary figures={app.data?.figures ?? (s.figures as unknown as Application['figures'])} />
          {evidence.data && evidence.data.length > 0 && (
            <section aria-labelledby="evidence-title">
              <h2 id="evidence-title">{t('evidence.title')}</h2>
              <ul>
                {evidence.data.map((e) => (
                  <li key={e.id}>
                    <DownloadButton client={api.intake} path={`/applications/${id}/evidence/${e.id}/content`} fileName={e.fileName} label={e.fileName} /> ·{' '}
                    {t.optional(`evidenceKind.${e.kind}`, e.kind)}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {precheck.data && <PrecheckPanel report={precheck.data.report} title={t('precheck.service')} />}
        </aside>
      </div>
    </section>
  );
}

/** What an objection said, as the history recorded it when it was lodged. */
function objectionText(history: FilingState['history'], objectionId: string): string | undefined {
  const lodged = history.find((h) => h.action === 'objection-lodged' && (h.detail as { objectionId?: string } | undefined)?.objectionId === objectionId);
  return (lodged?.detail as { text?: string } | undefined)?.text;
}
