import { fieldPath } from '@makerspace/contracts/browser';
import { ApiError } from '../api/api-error';
import { useConsole } from '../app-context';
import { figureLabel } from '../domain/figure-labels';
import { citeArticle, inLanguage } from '../format/format';

/**
 * A refusal or failure, read out to screen readers, in words for people: what went wrong in the
 * page's language, and every failing field by its label with the service's words and the article.
 */
export function Problem({ error }: { error: unknown }) {
  const { t, lang } = useConsole();
  if (!error) return null;
  const api = error instanceof ApiError ? error : null;
  const headline = api ? t.optional(`error.${api.code}`, inLanguage(api.message, lang)) : error instanceof Error ? error.message : String(error);
  return (
    <div className="problem" role="alert">
      <strong>{headline}</strong>
      {api && api.errors.length > 0 && (
        <ul>
          {api.errors.map((issue, i) => {
            const field = figureLabel(fieldPath(issue.pointer), t);
            return (
              <li key={i}>
                {field && `${field}:`}
                {lang === 'zh' ? issue.message_zh : issue.message_en}
                {issue.article && ` (${citeArticle(issue.article, lang)})`}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
