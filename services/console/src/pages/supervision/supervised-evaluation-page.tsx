import { useState } from 'react';
import { type CalendarDate, type SelfReport, selfReportDueWords } from '@makerspace/policy';
import { useConsole } from '../../app-context';
import { Problem } from '../../components/problem';
import { ReasonList } from '../../components/reason-list';
import { RuleMessages } from '../../components/rule-messages';
import { useLoad } from '../../components/use-load';
import { gradeName } from '../../format/format';
import type { SpaceRecord } from '../../domain/space';
import { evaluationOffers, evaluationYearOf, SpaceEvaluationState, SupervisionTask } from '../../domain/supervision';
import { FiledReport } from './filed-report';
import { ConfirmationForm, DistrictCheckForm, ReviewFindingsForm, ReviewOrderForm } from './evaluation-task-forms';
import { SupervisionHistory } from './supervision-history';
import { Recorded } from './task-form';

/**
 * One space's evaluation of a year for staff (Art. 7): the report's check, the score, the reviews,
 * the confirmation and its consequence, with a form for each act the evaluation's state lets the
 * caller do now (evaluationOffers), and what the confirmation waits for. An expert sees no space
 * records: only the review it was named for, while its task is open.
 */
export function SupervisedEvaluationPage({ spaceId, year }: { spaceId: string; year: number }) {
  const { api, t, lang, session } = useConsole();
  const role = session?.person.role;
  const path = `/spaces/${encodeURIComponent(spaceId)}/evaluations/${year}`;
  const expert = role === 'expert';
  const evaluation = useLoad(() => (expert ? Promise.resolve(null) : api.evaluation.get<SpaceEvaluationState>(path)), [api, path, expert]);
  const space = useLoad(
    () => (expert ? Promise.resolve(null) : api.evaluation.get<SpaceRecord>(`/spaces/${encodeURIComponent(spaceId)}`)),
    [api, spaceId, expert],
  );
  // An expert's review task, open on its desk while the review awaits its findings.
  const reviewTask = useLoad(
    () => (expert ? api.evaluation.get<SupervisionTask[]>('/supervision-tasks', { stage: 'EXPERT_REVIEW', spaceId }) : Promise.resolve([])),
    [api, spaceId, expert],
  );
  const [recorded, setRecorded] = useState<string | null>(null);
  const title = `${space.data?.spaceName ?? ''} ${t('supervision.evaluationOf', { year })}`.trim();

  if (expert) {
    const named = reviewTask.data?.some((task) => evaluationYearOf(task) === year);
    return (
      <section>
        <h1>{title}</h1>
        <Recorded what={recorded} />
        {named && (
          <ReviewFindingsForm
            path={path}
            kind="EXPERT_REVIEW"
            onDone={(what) => {
              setRecorded(what);
              reviewTask.reload();
            }}
          />
        )}
        {reviewTask.data && !named && !recorded && <p>{t('review.noTaskOfYours')}</p>}
      </section>
    );
  }
  if (!evaluation.data) return <Problem error={evaluation.error} />;
  const e = evaluation.data;
  const offers = evaluationOffers(e, role);
  const done = (what: string) => {
    setRecorded(what);
    evaluation.reload();
  };
  // The evaluation service keeps the report as filed, a policy SelfReport.
  const filed = space.data?.evaluations.find((line) => line.year === year)?.selfReport as SelfReport | null | undefined;
  return (
    <section>
      <h1>{title}</h1>
      <dl className="facts">
        <dt>{t('common.status')}</dt>
        <dd data-testid="evaluation-status">{t(`evaluationState.${e.status}`)}</dd>
        <dt>{t('supervision.reportDue')}</dt>
        <dd>{selfReportDueWords(e.dueOn as CalendarDate)[lang]}</dd>
        <dt>{t('supervision.report')}</dt>
        <dd>
          {e.reportFiledOn
            ? t('supervision.reportFiledOn', { on: e.reportFiledOn })
            : e.reportMissed
              ? t('supervision.reportMissed')
              : t('supervision.reportAwaited')}
        </dd>
        {e.result && (
          <>
            <dt>{t('evaluation.score')}</dt>
            <dd>
              {e.result.score} · {t('evaluation.grade', { grade: gradeName(e.result.grade, lang) })}
            </dd>
          </>
        )}
        {e.confirmation && (
          <>
            <dt>{t('supervision.confirmed')}</dt>
            <dd>
              {t('evaluation.grade', { grade: gradeName(e.confirmation.grade, lang) })} · {e.confirmation.on} · {e.confirmation.by}
            </dd>
          </>
        )}
        {e.consequence && (
          <>
            <dt>{t('supervision.consequence')}</dt>
            <dd>{t(`consequence.${e.consequence}`)}</dd>
          </>
        )}
      </dl>
      <div className="beside">
        <div>
          <Recorded what={recorded} />
          {offers.districtCheck && <DistrictCheckForm path={path} onDone={done} />}
          {offers.onSiteFindings && <ReviewFindingsForm path={path} kind="ON_SITE_CHECK" onDone={done} />}
          {offers.reviewOrders.length > 0 && <ReviewOrderForm key={offers.reviewOrders.join()} path={path} onDone={done} kinds={offers.reviewOrders} />}
          {offers.confirmation && e.result && <ConfirmationForm path={path} onDone={done} scoredGrade={gradeName(e.result.grade, lang)} />}
          {offers.awaitedFindings.length > 0 && (
            <p className="note">{t('supervision.awaitingFindings', { reviews: offers.awaitedFindings.map((k) => t(`supervisionStage.${k}`)).join('、') })}</p>
          )}
          <SupervisionHistory history={e.history} />
        </div>
        <aside>
          {filed && <FiledReport report={filed} />}
          {e.districtCheck && (
            <section aria-labelledby="district-check-title">
              <h2 id="district-check-title">{t('districtCheck.title')}</h2>
              <p>
                {t(`checkOutcome.${e.districtCheck.outcome}`)} · {e.districtCheck.on} · {e.districtCheck.by}
              </p>
              <ReasonList reasons={e.districtCheck.reasons} />
            </section>
          )}
          {e.reviews.length > 0 && (
            <section aria-labelledby="reviews-title">
              <h2 id="reviews-title">{t('supervision.reviews')}</h2>
              <ul>
                {e.reviews.map((r) => (
                  <li key={r.kind}>
                    {t(`supervisionStage.${r.kind}`)} · {r.assigneeId ?? ''} ·{' '}
                    {r.findings
                      ? `${r.on} ${r.suggestedGrade ? t('evaluation.grade', { grade: gradeName(r.suggestedGrade, lang) }) : ''}`
                      : t('supervision.reviewOpen')}
                    <ReasonList reasons={r.findings} />
                  </li>
                ))}
              </ul>
            </section>
          )}
          {e.result && e.result.reasons.length > 0 && (
            <section aria-labelledby="score-reasons-title">
              <h2 id="score-reasons-title">{t('supervision.scoreReasons')}</h2>
              <RuleMessages rules={e.result.reasons} />
            </section>
          )}
        </aside>
      </div>
    </section>
  );
}
