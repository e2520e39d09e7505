import { FormEvent, useState } from 'react';
import { type CalendarDate, dueWords, type Ruleset } from '@makerspace/policy';
import { useConsole } from '../../app-context';
import { NumberField, SelectField, TextArea, TextField } from '../../components/fields';
import { Problem } from '../../components/problem';
import { NEGATIVE_OUTCOMES, TASK_OUTCOMES } from '../../domain/filing';
import { decisionBody, DecisionForm as DecisionFormValues, FindingRow } from '../../domain/decision-body';
import { ListEditor } from '../../components/list-editor';
import type { InboxTask } from '../../domain/inbox';
import { ExpertPicker } from './expert-picker';

/**
 * One task's decision: the outcomes its kind allows, with reasons required where the outcome goes
 * against the applicant, and the ruleset's figures where the decision needs them (the panel's size,
 * the scale of a score, the days a return leaves the applicant). Once taken the form goes, and the
 * page says so (`onDecided`).
 */
export function DecisionForm({ task, ruleset, onDecided }: { task: InboxTask; ruleset: Ruleset; onDecided(outcome: string): void }) {
  const { api, t, lang } = useConsole();
  const outcomes: readonly string[] = TASK_OUTCOMES[task.kind];
  const [outcome, setOutcome] = useState(outcomes[0]);
  const [form, setForm] = useState<DecisionFormValues>({ reason: '', article: '', documentId: '', summary: '', experts: '', score: Number.NaN, findings: [] });
  const [error, setError] = useState<unknown>(null);
  const [decided, setDecided] = useState(false);
  const needsReasons = NEGATIVE_OUTCOMES.includes(outcome);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await api.review.post(`/tasks/${task.id}/decision`, decisionBody(outcome, form, task.kind));
      setDecided(true);
      onDecided(outcome);
    } catch (err) {
      setError(err);
    }
  };

  if (decided) return null;
  return (
    <form className="card decision" onSubmit={submit} aria-label={lang === 'zh' ? task.titleZh : task.titleEn}>
      <h2>{lang === 'zh' ? task.titleZh : task.titleEn}</h2>
      <p className="meta">
        {dueWords(task.dueOn as CalendarDate)[lang]}
        {task.overdue && <span className="badge bad">{t('inbox.overdue')}</span>}
      </p>
      <SelectField
        label={t('decision.outcome')}
        value={outcome}
        onChange={setOutcome}
        options={outcomes.map((o) => ({ value: o, label: t.optional(`outcome.${o}`, o) }))}
      />
      {outcome === 'RECOMMEND' && (
        <>
          <TextField label={t('decision.documentId')} value={form.documentId} onChange={(documentId) => setForm({ ...form, documentId })} required />
          <TextArea label={t('decision.summary')} value={form.summary} onChange={(summary) => setForm({ ...form, summary })} required />
        </>
      )}
      {(outcome === 'ASSIGN_PANEL' || outcome === 'ASSIGN_SUBSTITUTE') && (
        <ExpertPicker
          applicationId={task.applicationId}
          panelSize={ruleset.procedure.expertPanel.size}
          value={form.experts}
          onChange={(experts) => setForm({ ...form, experts })}
        />
      )}
      {task.kind === 'on-site-inspection' && (
        <ListEditor<FindingRow>
          legend={t('decision.findings')}
          rows={form.findings}
          onChange={(findings) => setForm({ ...form, findings })}
          blank={() => ({ figure: '', declared: '', found: '', note: '' })}
          row={(f, i, update) => (
            <>
              <TextField label={t('decision.findingFigure', { n: i + 1 })} value={f.figure} onChange={(figure) => update({ ...f, figure })} />
              <TextField label={t('decision.findingDeclared', { n: i + 1 })} value={f.declared} onChange={(declared) => update({ ...f, declared })} />
              <TextField label={t('decision.findingFound', { n: i + 1 })} value={f.found} onChange={(found) => update({ ...f, found })} />
              <TextField label={t('decision.findingNote', { n: i + 1 })} value={f.note} onChange={(note) => update({ ...f, note })} />
            </>
          )}
        />
      )}
      {outcome === 'SCORE' && (
        <NumberField
          label={t('decision.score', { max: ruleset.procedure.expertPanel.maxScore, pass: ruleset.procedure.expertPanel.passMeanScore })}
          min={0}
          max={ruleset.procedure.expertPanel.maxScore}
          value={form.score}
          onChange={(score) => setForm({ ...form, score })}
        />
      )}
      {outcome === 'RETURN' && <p className="meta">{t('decision.returnNote', { days: ruleset.procedure.stages.CORRECTION.dueDays })}</p>}
      <TextArea
        label={needsReasons ? t('decision.reasonRequired') : t('decision.reason')}
        value={form.reason}
        onChange={(reason) => setForm({ ...form, reason })}
        required={needsReasons}
      />
      <TextField label={t('decision.article')} hint={t('decision.articleHint')} value={form.article} onChange={(article) => setForm({ ...form, article })} />
      <Problem error={error} />
      <button type="submit">{t('decision.submit')}</button>
    </form>
  );
}
