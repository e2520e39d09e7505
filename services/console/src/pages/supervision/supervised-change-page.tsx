import { useEffect, useState } from 'react';
import { type CalendarDate, changeReportWords } from '@makerspace/policy';
import { useConsole } from '../../app-context';
import { Problem } from '../../components/problem';
import { ReasonList } from '../../components/reason-list';
import { RuleMessages } from '../../components/rule-messages';
import { useLoad } from '../../components/use-load';
import { ChangeState, changeDecisionStage } from '../../domain/supervision';
import { ChangeDecisionForm } from './change-decision-form';
import { ChangeValues } from './change-values';
import { SupervisionHistory } from './supervision-history';
import { Recorded } from './task-form';

/** How often the page asks again while the workflow re-checks the changed space (a step of its own, seconds long). */
const RECHECK_POLL_MS = 2_000;

/**
 * A reported (or unreported) change of a filed space for the city (Art. 8): the change, the Art. 5
 * re-check, the decision. The decision form is offered only when the change's state says the city
 * may decide (changeDecisionStage); before that the page says what the decision waits for, and
 * while the workflow re-checks the space it asks again until the review opens.
 */
export function SupervisedChangePage({ spaceId, changeId }: { spaceId: string; changeId: string }) {
  const { api, t, lang, session } = useConsole();
  const path = `/spaces/${encodeURIComponent(spaceId)}/changes/${encodeURIComponent(changeId)}`;
  const change = useLoad(() => api.evaluation.get<ChangeState>(path), [api, path]);
  const [recorded, setRecorded] = useState<string | null>(null);
  const stage = change.data ? changeDecisionStage(change.data) : null;
  useEffect(() => {
    if (stage !== 're-check') return;
    const timer = setTimeout(change.reload, RECHECK_POLL_MS);
    return () => clearTimeout(timer);
  }, [stage, change.data]);
  if (!change.data) return <Problem error={change.error} />;
  const c = change.data;
  const city = session?.person.role === 'city-officer';
  const decides = city && stage === 'open' && c.openTasks.some((task) => task.stage === 'CHANGE_REVIEW' || task.stage === 'OVERDUE_CHANGE');
  return (
    <section>
      <h1>
        {t.optional(`change.${c.kind}`, c.kind)} · {c.effectiveOn}
      </h1>
      <dl className="facts">
        <dt>{t('common.status')}</dt>
        <dd data-testid="change-status">{t(`changeStatus.${c.status}`)}</dd>
        <dt>{t('changeReview.deadline')}</dt>
        <dd>{changeReportWords(c.deadline as CalendarDate)[lang]}</dd>
        <dt>{t('changeReview.reported')}</dt>
        <dd>
          {c.report ? t(c.report.inTime ? 'changeReview.reportedOn' : 'changeReview.reportedLate', { on: c.report.reportedOn }) : t('changeReview.notReported')}
        </dd>
        <dt>{t('changeReview.recheck')}</dt>
        <dd>
          {c.check
            ? t(c.check.outcome === 'APPROVE' ? 'changeReview.recheckPassed' : 'changeReview.recheckFailed')
            : t(c.reviewOpenedOn ? 'changeReview.recheckNone' : 'changeReview.recheckPending')}
        </dd>
      </dl>
      {c.check && <RuleMessages rules={c.check.failedRules} label={t('changeReview.recheck')} />}
      <section aria-labelledby="change-title">
        <h2 id="change-title">{t('changeReview.change')}</h2>
        <ChangeValues change={c.change as Record<string, unknown>} />
        {c.report?.note && <p>{c.report.note}</p>}
        {c.report && c.report.evidence.length > 0 && (
          <ul>
            {c.report.evidence.map((e, i) => (
              <li key={i}>{[e.documentId, e.title].filter(Boolean).join(' · ')}</li>
            ))}
          </ul>
        )}
      </section>
      {c.decision && (
        <section aria-labelledby="decision-title">
          <h2 id="decision-title">{t.optional(`changeOutcome.${c.decision.outcome}`, c.decision.outcome)}</h2>
          <p>
            {c.decision.on} · {c.decision.by}
          </p>
          <ReasonList reasons={c.decision.reasons} />
        </section>
      )}
      <Recorded what={recorded} />
      {city && stage === 're-check' && <p className="note">{t('changeReview.waitsForRecheck')}</p>}
      {city && stage === 'awaiting-report' && <p className="note">{t('changeReview.waitsForReport', { deadline: c.deadline })}</p>}
      {decides && (
        <ChangeDecisionForm
          state={c}
          onDone={(what) => {
            setRecorded(what);
            change.reload();
          }}
        />
      )}
      <SupervisionHistory history={c.history} />
    </section>
  );
}
