import { FormEvent, useState } from 'react';
import { useConsole } from '../../app-context';
import { TextArea } from '../../components/fields';
import { Problem } from '../../components/problem';

/** The city's disqualification for fraud (Art. 9): reasons required, the organisation banned for the ruleset's years. */
export function Disqualification({ applicationId, banYears, onDone }: { applicationId: string; banYears: number; onDone(): void }) {
  const { api, t } = useConsole();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!window.confirm(t('disqualify.confirm', { years: banYears }))) return;
    setError(null);
    try {
      await api.review.post(`/applications/${applicationId}/disqualify`, { reasons: [{ text: reason.trim(), article: 'Art. 9' }] });
      onDone();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <details>
      <summary>{t('disqualify.title')}</summary>
      <form onSubmit={submit} aria-label={t('disqualify.title')}>
        <TextArea label={t('disqualify.reason')} value={reason} onChange={setReason} required />
        <Problem error={error} />
        <button type="submit" className="danger">
          {t('disqualify.submit')}
        </button>
      </form>
    </details>
  );
}
