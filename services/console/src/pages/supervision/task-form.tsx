import { FormEvent, ReactNode, useState } from 'react';
import { useConsole } from '../../app-context';
import { TextArea, TextField } from '../../components/fields';
import { Problem } from '../../components/problem';

/**
 * One staff action on a supervision workflow: a form named by its title, sent once; a refusal
 * stays on the form with every failing field. A success takes the form away and tells the page
 * (`onDone` with the title), which says it was recorded: the page reloads the state, and what it
 * offers next no longer holds this form.
 */
export function TaskForm({ title, send, onDone, children }: { title: string; send(): Promise<unknown>; onDone(what: string): void; children: ReactNode }) {
  const { t } = useConsole();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await send();
      setDone(true);
      onDone(title);
    } catch (err) {
      setError(err);
    }
  };
  if (done) return null;
  return (
    <form className="card decision" onSubmit={submit} aria-label={title}>
      <h2>{title}</h2>
      {children}
      <Problem error={error} />
      <button type="submit">{t('decision.submit')}</button>
    </form>
  );
}

/** Where a page says that a staff action was recorded: it stays while the page reloads what comes next. */
export function Recorded({ what }: { what: string | null }) {
  const { t } = useConsole();
  return what ? <p role="status">{t('supervision.recorded', { what })}</p> : null;
}

/** The reason of a decision and the article it cites; required where the decision goes against the space. */
export function ReasonFields({
  reason,
  article,
  required,
  onReason,
  onArticle,
}: {
  reason: string;
  article: string;
  required: boolean;
  onReason(v: string): void;
  onArticle(v: string): void;
}) {
  const { t } = useConsole();
  return (
    <>
      <TextArea label={required ? t('decision.reasonRequired') : t('decision.reason')} value={reason} onChange={onReason} required={required} />
      <TextField label={t('decision.article')} hint={t('decision.articleHint')} value={article} onChange={onArticle} />
    </>
  );
}
