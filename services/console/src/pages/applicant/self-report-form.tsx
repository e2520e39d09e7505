import { FormEvent, useState } from 'react';
import type { DeclaredFigures, PerformanceFigures } from '@makerspace/policy';
import { useConsole } from '../../app-context';
import { FieldGroup, NumberField } from '../../components/fields';
import { Problem } from '../../components/problem';
import { emptyFigures, FIGURE_STEPS } from '../../domain/figures';
import type { SpaceRecord } from '../../domain/space';
import { FiguresForm } from './figures-form';

const PERFORMANCE: readonly (keyof PerformanceFigures)[] = [
  'occupiedWorkstations',
  'jobsCreated',
  'graduatedCompanies',
  'operatingIncomeYuan',
  'serviceIncomeYuan',
];

/**
 * The annual performance report (Art. 7): the space as at the end of the evaluated year, starting
 * from the figures on record, and the performance figures.
 */
export function SelfReportForm({ space, onFiled }: { space: SpaceRecord; onFiled(): void }) {
  const { api, t } = useConsole();
  const open = space.evaluations.find((e) => e.status === 'REQUESTED' && !e.reportFiledOn);
  const [year, setYear] = useState(open?.year ?? new Date().getFullYear() - 1);
  const [figures, setFigures] = useState<DeclaredFigures>(() => (space.figures as DeclaredFigures | null) ?? emptyFigures());
  const [performance, setPerformance] = useState<PerformanceFigures>({
    occupiedWorkstations: 0,
    jobsCreated: 0,
    graduatedCompanies: 0,
    operatingIncomeYuan: 0,
    serviceIncomeYuan: 0,
  });
  const [error, setError] = useState<unknown>(null);
  const [filed, setFiled] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const declaration = space.declaration;
      await api.evaluation.put(`/spaces/${space.spaceId}/evaluations/${year}/self-report`, {
        evaluatedYear: year,
        organisation: declaration?.organisation,
        venue: declaration?.venue ?? { divisionCode: space.divisionCode },
        figures,
        performance,
      });
      setFiled(true);
      onFiled();
    } catch (err) {
      setError(err);
    }
  };

  if (filed) return <p role="status">{t('selfReport.filed', { year })}</p>;
  return (
    <details className="card" open={Boolean(open)}>
      <summary>{t('selfReport.title')}</summary>
      <form onSubmit={submit} aria-label={t('selfReport.title')}>
        <NumberField label={t('evaluation.year')} step={1} min={2000} value={year} onChange={setYear} />
        <FieldGroup legend={t('selfReport.performance')}>
          {PERFORMANCE.map((key) => (
            <NumberField key={key} label={t(`performance.${key}`)} value={performance[key]} onChange={(v) => setPerformance({ ...performance, [key]: v })} />
          ))}
        </FieldGroup>
        <FiguresForm figures={figures} onChange={setFigures} steps={FIGURE_STEPS} />
        <Problem error={error} />
        <button type="submit">{t('selfReport.submit')}</button>
      </form>
    </details>
  );
}
