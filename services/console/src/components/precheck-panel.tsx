import type { ConditionsReport } from '@makerspace/policy';
import { useConsole } from '../app-context';
import { formatFigure } from '../format/format';

/** Every Art. 5 condition, green or red, with the figure found, the figure required and the article. */
export function PrecheckPanel({ report, title }: { report: ConditionsReport; title: string }) {
  const { t, lang } = useConsole();
  return (
    <section className="precheck" aria-label={title}>
      <h2>{title}</h2>
      <p className={report.passed ? 'verdict ok' : 'verdict bad'} role="status">
        {report.passed ? t('precheck.allMet') : t('precheck.notMet', { count: report.verdicts.filter((v) => !v.passed).length })}
      </p>
      <ul className="verdicts">
        {report.verdicts.map((v) => (
          <li key={v.ruleId} className={v.passed ? 'ok' : 'bad'} data-rule={v.ruleId}>
            <span className="mark" aria-label={v.passed ? t('precheck.met') : t('precheck.failed')}>
              {v.passed ? '✓' : '✗'}
            </span>
            <span className="article">{v.article}</span>
            <span className="message">{v.message[lang]}</span>
            <span className="figures">
              {t('precheck.found')}: {formatFigure(v.found, lang)} · {t('precheck.required')}: {formatFigure(v.required, lang)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
