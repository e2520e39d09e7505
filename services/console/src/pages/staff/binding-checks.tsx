import { FormEvent, useState } from 'react';
import { useConsole } from '../../app-context';
import { TextArea } from '../../components/fields';
import { Problem } from '../../components/problem';
import { useLoad } from '../../components/use-load';
import type { RegisteredOrganisation } from '../applicant/organisation-binding';

/**
 * The district's check of the organisations registered in its division (the business licence
 * against what the applicant entered): confirming binds the applicant's account to the
 * organisation, so its scope is what the district confirmed; refusing says why.
 */
export function BindingChecks() {
  const { api, t } = useConsole();
  const awaiting = useLoad(() => api.intake.get<RegisteredOrganisation[]>('/organisation-bindings'), [api]);
  if (!awaiting.data?.length && !awaiting.error) return null;
  return (
    <section aria-labelledby="binding-checks">
      <h2 id="binding-checks">{t('binding.checksTitle')}</h2>
      <Problem error={awaiting.error} />
      <ul className="cards">
        {awaiting.data?.map((org) => (
          <BindingCheck key={org.id} org={org} onDecided={awaiting.reload} />
        ))}
      </ul>
    </section>
  );
}

function BindingCheck({ org, onDecided }: { org: RegisteredOrganisation; onDecided(): void }) {
  const { api, t } = useConsole();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const decide = (outcome: 'CONFIRM' | 'REFUSE') => async (e?: FormEvent) => {
    e?.preventDefault();
    setError(null);
    try {
      await api.intake.post(`/organisations/${org.id}/binding`, { outcome, ...(reason.trim() ? { reason: reason.trim() } : {}) });
      onDecided();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <li className="card" data-organisation={org.id}>
      <form onSubmit={decide('CONFIRM')} aria-label={t('binding.checkOf', { name: org.name })}>
        <strong>{org.name}</strong>
        <dl className="facts">
          <dt>{t('organisation.uscc')}</dt>
          <dd>{org.uscc}</dd>
          <dt>{t('organisation.legalRepresentative')}</dt>
          <dd>{org.legalRepresentative}</dd>
          <dt>{t('organisation.registeredAddress')}</dt>
          <dd>{org.registeredAddress}</dd>
          <dt>{t('organisation.contactName')}</dt>
          <dd>
            {org.contactName} · {org.contactPhone} · {org.contactEmail}
          </dd>
        </dl>
        <TextArea label={t('binding.reason')} value={reason} onChange={setReason} />
        <Problem error={error} />
        <button type="submit">{t('binding.confirm')}</button>
        <button type="button" className="secondary" onClick={() => void decide('REFUSE')()}>
          {t('binding.refuse')}
        </button>
      </form>
    </li>
  );
}
