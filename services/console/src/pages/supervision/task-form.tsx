import { FormEvent, ReactNode, useState } from 'react';
import { useConsole } from '../../app-context';
import { TextArea, TextField } from '../../components/fields';
import { Problem } from '../../components/problem';

/**
 * One staff action on a supervision workflow: a form named by its title, sent once; a refusal
 * stays on the form with every failing field, a success replaces it with a status line.
 */
export function TaskForm({ title, send, onDone, children }: { title: string; send(): Promise<unknown>; onDone(): void; children: ReactNode }) {
  const { t } = useConsole();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await send();
      setDone(true);
      onDone();
    } catch (err) {
      setError(err);
    }
  };
  if (done) return <p role="status">{t('supervision.recorded', { what: title })}</p>;
  return (
    <form className="card decision" onSubmit={submit} aria-label={title}>
      <h2>{title}</h2>
      {children}
      <Problem error={error} />
      <button type="submit">{t('decision.submit')}</button>
    </form>
  );
}

/** The reason of a decision and the article it cites; required where the decision goes against the space. */
export function ReasonFields({ reason, article, required, onReason, onArticle }: { reason: string; article: string; required: boolean; onReason(v: string): void; onArticle(v: string): void }) {
  const { t } = useConsole();
  return (
    <>
      <TextArea label={required ? t('decision.reasonRequired') : t('decision.reason')} value={reason} onChange={onReason} required={required} />
      <TextField label={t('decision.article')} hint={t('decision.articleHint')} value={article} onChange={onArticle} />
    </>
  );
}
