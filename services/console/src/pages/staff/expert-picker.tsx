import { useId } from 'react';
import { useConsole } from '../../app-context';
import { Problem } from '../../components/problem';
import { useLoad } from '../../components/use-load';

/** An expert of the pool as the review service gives it (GET /experts?applicationId=). */
interface PoolExpert {
  id: string;
  name: string;
  field: string | null;
  organisation: string | null;
  conflict: string | null;
}

/**
 * The city picks the panel (or a substitute) from the expert pool, the identity provider's group of
 * experts: each expert with the field and organisation the bureau recorded; one of the applying
 * organisation is marked and cannot be picked. `value` is the picked ids, comma-separated; the
 * panel's size is the application's ruleset's.
 */
export function ExpertPicker({
  applicationId,
  panelSize,
  value,
  onChange,
}: {
  applicationId: string;
  panelSize: number;
  value: string;
  onChange(ids: string): void;
}) {
  const { api, t } = useConsole();
  const pool = useLoad(() => api.review.get<PoolExpert[]>('/experts', { applicationId }), [applicationId]);
  const picked = value ? value.split(',').map((id) => id.trim()) : [];
  const toggle = (id: string, on: boolean) => onChange((on ? [...picked, id] : picked.filter((p) => p !== id)).join(','));
  const idPrefix = useId();
  return (
    <fieldset className="expert-pool">
      <legend>{t('decision.experts')}</legend>
      <small>{t('decision.expertsHint', { size: panelSize })}</small>
      <Problem error={pool.error} />
      {pool.data?.length === 0 && <p>{t('decision.expertsNone')}</p>}
      <ul>
        {pool.data?.map((expert) => (
          <li key={expert.id} data-expert={expert.id}>
            <input
              id={`${idPrefix}-${expert.id}`}
              type="checkbox"
              checked={picked.includes(expert.id)}
              disabled={!!expert.conflict}
              onChange={(e) => toggle(expert.id, e.target.checked)}
            />
            <label htmlFor={`${idPrefix}-${expert.id}`}>
              {expert.name} · {expert.field ?? t('decision.expertFieldUnknown')} · {expert.organisation ?? t('decision.expertOrganisationUnknown')}
            </label>
            {expert.conflict && (
              <span className="badge bad" title={expert.conflict}>
                {t('decision.expertConflict')}
              </span>
            )}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
