import type { DeclaredFigures } from '@makerspace/policy';
import { useConsole } from '../../app-context';

/** The declared figures at a glance, for a reviewer. */
export function FiguresSummary({ figures }: { figures: DeclaredFigures | undefined }) {
  const { t } = useConsole();
  if (!figures || figures.staff === undefined) return null;
  const rows: [string, string | number][] = [
    [t('figures.totalArea'), figures.totalAreaM2],
    [t('figures.workstationArea'), figures.workstationAreaM2],
    [t('figures.publicServiceArea'), figures.publicServiceAreaM2],
    [t('figures.startupWorkstations'), figures.startupWorkstations],
    [t('figures.residents'), figures.residents.length],
    [t('figures.newCompanies'), figures.newCompaniesLast12Months.length],
    [t('figures.financings'), figures.financingsLast12Months.length],
    [t('figures.staffTotal'), figures.staff.total],
    [t('figures.staffProfessional'), figures.staff.professionalIncubation],
    [t('figures.staffProperty'), figures.staff.property],
    [t('figures.mentors'), figures.mentors.length],
    [t('figures.activities'), figures.activities.length],
  ];
  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title">{t('review.figures')}</h2>
      <dl className="facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
