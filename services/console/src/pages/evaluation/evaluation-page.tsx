import { FormEvent, useState } from 'react';
import { useConsole } from '../../app-context';
import { BarChart } from '../../components/bar-chart';
import { DownloadButton } from '../../components/download-button';
import { NumberField } from '../../components/fields';
import { Problem } from '../../components/problem';
import { useLoad } from '../../components/use-load';
import { CycleProgress, EvaluationResult, Recommendation, resultsByDivision, segmentOrder } from '../../domain/evaluation';
import { divisionName, gradeName, recommendationFileName } from '../../format/format';

const PAGE = 1000;

/** A year's evaluation (Art. 7): the cycle's progress, results by district, the provincial list with its CSV. */
export function EvaluationPage() {
  const { api, t, lang, session } = useConsole();
  const [yearInput, setYearInput] = useState(new Date().getFullYear() - 1);
  const [year, setYear] = useState(yearInput);
  const progress = useLoad(() => api.evaluation.get<CycleProgress>(`/evaluation-cycles/${year}`), [api, year]);
  const results = useLoad(async () => {
    const all: EvaluationResult[] = [];
    for (;;) {
      const page = await api.evaluation.get<EvaluationResult[]>(`/evaluation-cycles/${year}/results`, { limit: PAGE, after: all.at(-1)?.spaceId });
      all.push(...page);
      if (page.length < PAGE) return all;
    }
  }, [api, year]);
  const recommendations = useLoad(() => api.evaluation.get<Recommendation[]>(`/evaluation-cycles/${year}/recommendations`), [api, year]);

  const choose = (e: FormEvent) => {
    e.preventDefault();
    setYear(yearInput);
  };
  const tallies = resultsByDivision(results.data ?? []);
  const order = segmentOrder(tallies.values());
  const legend = (key: string) => (/^[A-Z]$/.test(key) ? t('evaluation.grade', { grade: gradeName(key, lang) }) : t.optional(`evaluationStatus.${key}`, key));
  const p = progress.data?.evaluations;
  return (
    <section>
      <h1>{t('evaluation.title')}</h1>
      <form className="filters" onSubmit={choose} aria-label={t('evaluation.year')}>
        <NumberField label={t('evaluation.year')} step={1} min={2000} value={yearInput} onChange={setYearInput} />
        <button type="submit">{t('evaluation.show')}</button>
      </form>
      <Problem error={progress.error} />
      {progress.data && (
        <section aria-labelledby="progress-title">
          <h2 id="progress-title">{t('evaluation.progress', { year })}</h2>
          <p>
            {progress.data.workflow
              ? t('evaluation.cycleState', { status: t.optional(`cycleStatus.${progress.data.workflow.status}`, progress.data.workflow.status) })
              : t('evaluation.notOpened')}
          </p>
          {p && (
            <>
              <BarChart
                title={t('evaluation.progressChart')}
                bars={[
                  { label: t('evaluation.all'), segments: { REQUESTED: p.byStatus.REQUESTED ?? 0, SCORED: p.byStatus.SCORED ?? 0, ...p.confirmedByGrade } },
                ]}
                order={segmentOrder([p.confirmedByGrade, { REQUESTED: 1, SCORED: 1 }])}
                legend={legend}
              />
              <p>{t('evaluation.reports', { total: p.total, filed: p.reportsFiled, missed: p.reportsMissed })}</p>
            </>
          )}
        </section>
      )}
      <Problem error={results.error} />
      {tallies.size > 0 && (
        <section aria-labelledby="districts-title">
          <h2 id="districts-title">{t('evaluation.byDistrict')}</h2>
          <BarChart
            title={t('evaluation.byDistrict')}
            bars={[...tallies].map(([code, segments]) => ({ label: divisionName(code, lang), segments }))}
            order={order}
            legend={legend}
          />
        </section>
      )}
      <section aria-labelledby="recommendations-title">
        <h2 id="recommendations-title">{t('evaluation.recommendations')}</h2>
        <Problem error={recommendations.error} />
        {recommendations.data?.length === 0 && <p>{t('evaluation.noRecommendations')}</p>}
        {recommendations.data && recommendations.data.length > 0 && (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('registry.filingNumber')}</th>
                  <th scope="col">{t('registry.space')}</th>
                  <th scope="col">{t('common.division')}</th>
                  <th scope="col">{t('evaluation.gradeColumn')}</th>
                  <th scope="col">{t('evaluation.score')}</th>
                </tr>
              </thead>
              <tbody>
                {recommendations.data.map((r) => (
                  <tr key={r.spaceId}>
                    <td>{r.filingNumber}</td>
                    <td>{r.spaceName}</td>
                    <td>{divisionName(r.divisionCode, lang)}</td>
                    <td>{gradeName(r.grade, lang)}</td>
                    <td>{r.score}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {session?.person.role === 'city-officer' && (
          <DownloadButton
            client={api.evaluation}
            path={`/evaluation-cycles/${year}/recommendations/export`}
            fileName={recommendationFileName(year)}
            label={t('evaluation.exportCsv')}
          />
        )}
      </section>
    </section>
  );
}
