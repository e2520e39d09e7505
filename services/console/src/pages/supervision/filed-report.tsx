import type { SelfReport } from '@makerspace/policy';
import { useConsole } from '../../app-context';
import { Fact } from '../../components/fact';
import { FiguresSummary } from '../staff/figures-summary';

const PERFORMANCE = ['occupiedWorkstations', 'jobsCreated', 'graduatedCompanies', 'operatingIncomeYuan', 'serviceIncomeYuan'] as const;

/** The performance report as the operator filed it (Art. 7): its performance figures and the space as declared. */
export function FiledReport({ report }: { report: SelfReport }) {
  const { t } = useConsole();
  return (
    <section aria-labelledby="filed-report-title">
      <h2 id="filed-report-title">{t('supervision.report')}</h2>
      <dl className="facts">
        {PERFORMANCE.map((key) => (
          <Fact key={key} term={t(`performance.${key}`)} value={report.performance[key]} />
        ))}
      </dl>
      <FiguresSummary figures={report.figures} />
    </section>
  );
}
