import { useState } from 'react';
import { useConsole } from '../../app-context';
import { SelectField } from '../../components/fields';
import { ChangeOutcome, changeNeedsReasons, changeOutcomesOf, ChangeState } from '../../domain/supervision';
import { reasonsOf } from '../../domain/reasons';
import { ReasonFields, TaskForm } from './task-form';

/** Art. 8 a city officer's decision on a change: the outcomes where it stands, reasons where the decision needs them. */
export function ChangeDecisionForm({ state, onDone }: { state: ChangeState; onDone(what: string): void }) {
  const { api, t } = useConsole();
  const outcomes = changeOutcomesOf(state.status);
  const [outcome, setOutcome] = useState<ChangeOutcome>(outcomes[0]);
  const [reason, setReason] = useState('');
  const [article, setArticle] = useState('');
  const send = () =>
    api.evaluation.post(`/spaces/${encodeURIComponent(state.spaceId)}/changes/${encodeURIComponent(state.changeId)}/decision`, {
      outcome,
      reasons: reasonsOf(reason, article),
    });
  return (
    <TaskForm title={t('changeDecision.title')} send={send} onDone={onDone}>
      <SelectField<ChangeOutcome>
        label={t('decision.outcome')}
        value={outcome}
        onChange={setOutcome}
        options={outcomes.map((o) => ({ value: o, label: t(`changeOutcome.${o}`) }))}
      />
      <ReasonFields reason={reason} article={article} required={changeNeedsReasons(outcome, state.check)} onReason={setReason} onArticle={setArticle} />
    </TaskForm>
  );
}
