import { FormEvent, useState } from 'react';
import type { DeclaredFigures } from '@makerspace/policy';
import { useConsole } from '../../app-context';
import { TextArea } from '../../components/fields';
import { Problem } from '../../components/problem';
import type { Application } from '../../domain/application';
import { FIGURE_STEPS } from '../../domain/figures';
import { FiguresForm } from './figures-form';

/** The answer to a return for correction: the corrected figures and a note, on the application's revision. */
export function ReturnAnswer({ application, onAnswered }: { application: Application; onAnswered(): void }) {
  const { api, t } = useConsole();
  const [figures, setFigures] = useState<DeclaredFigures>(application.figures);
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await api.intake.post(
        `/applications/${application.id}/resubmit`,
        { figures, revision: application.revision, ...(note.trim() ? { note: note.trim() } : {}) },
        { 'idempotency-key': `resubmit-${application.id}-${application.revision}` },
      );
      onAnswered();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <form className="card" onSubmit={submit} aria-label={t('return.title')}>
      <h2>{t('return.title')}</h2>
      <p>{t('return.intro')}</p>
      <FiguresForm figures={figures} onChange={setFigures} steps={FIGURE_STEPS} />
      <TextArea label={t('return.note')} value={note} onChange={setNote} />
      <Problem error={error} />
      <button type="submit">{t('return.submit')}</button>
    </form>
  );
}
