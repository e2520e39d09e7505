import { ApiError } from '../api/api-error';
import { useConsole } from '../app-context';

/** A refusal or failure, read out to screen readers: the message and every failing field with its rule and article. */
export function Problem({ error }: { error: unknown }) {
  const { t } = useConsole();
  if (!error) return null;
  const api = error instanceof ApiError ? error : null;
  return (
    <div className="problem" role="alert">
      <strong>{api ? `${api.code}: ${api.message}` : error instanceof Error ? error.message : String(error)}</strong>
      {api && api.issues.length > 0 && (
        <ul>
          {api.issues.map((issue, i) => (
            <li key={i}>
              <code>{issue.field}</code> — {issue.message} ({t('issue.rule')}: {issue.rule}
              {issue.article ? `, ${issue.article}` : ''})
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
