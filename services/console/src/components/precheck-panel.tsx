import type { ConditionsReport } from '@makerspace/policy';
import { useConsole } from '../app-context';
import { citeArticle } from '../format/format';

/**
 * Every Art. 5 condition, green or red, with its article, the verdict's words (what was found and
 * what is required) and the declared items it left out of its count, and why.
 */
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
            <span className="article">{citeArticle(v.article, lang)}</span>
            <span className="message">{v.message[lang]}</span>
            {v.flags.length > 0 && (
              <ul className="figures" aria-label={t('precheck.notCounted')}>
                {v.flags.map((flag, i) => (
                  <li key={i}>{flag.message[lang]}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
