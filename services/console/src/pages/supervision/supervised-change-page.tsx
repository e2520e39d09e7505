import { type CalendarDate, changeReportWords } from '@makerspace/policy';
import { useConsole } from '../../app-context';
import { Problem } from '../../components/problem';
import { ReasonList } from '../../components/reason-list';
import { RuleMessages } from '../../components/rule-messages';
import { useLoad } from '../../components/use-load';
import type { ChangeState } from '../../domain/supervision';
import { ChangeDecisionForm } from './change-decision-form';
import { ChangeValues } from './change-values';
import { SupervisionHistory } from './supervision-history';

/** A reported (or unreported) change of a filed space for the city (Art. 8): the change, the Art. 5 re-check, the decision. */
export function SupervisedChangePage({ spaceId, changeId }: { spaceId: string; changeId: string }) {
  const { api, t, lang, session } = useConsole();
  const path = `/spaces/${encodeURIComponent(spaceId)}/changes/${encodeURIComponent(changeId)}`;
  const change = useLoad(() => api.evaluation.get<ChangeState>(path), [api, path]);
  if (!change.data) return <Problem error={change.error} />;
  const c = change.data;
  const decides = session?.person.role === 'city-officer' && c.openTasks.some((task) => task.stage === 'CHANGE_REVIEW' || task.stage === 'OVERDUE_CHANGE');
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
        <dd>{c.report ? t(c.report.inTime ? 'changeReview.reportedOn' : 'changeReview.reportedLate', { on: c.report.reportedOn }) : t('changeReview.notReported')}</dd>
        <dt>{t('changeReview.recheck')}</dt>
        <dd>{c.check ? t(c.check.outcome === 'APPROVE' ? 'changeReview.recheckPassed' : 'changeReview.recheckFailed') : t(c.reviewOpenedOn ? 'changeReview.recheckNone' : 'changeReview.recheckPending')}</dd>
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
      {decides && <ChangeDecisionForm state={c} onDone={change.reload} />}
      <SupervisionHistory history={c.history} />
    </section>
  );
}
