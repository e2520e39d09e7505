import { useState } from 'react';
import { useConsole } from '../../app-context';
import { SelectField, TextField } from '../../components/fields';
import { reasonsOf } from '../../domain/reasons';
import { confirmationBody, ReviewKind, reviewFindingsBody, reviewOrderBody } from '../../domain/supervision';
import { ReasonFields, TaskForm } from './task-form';

/** The staff's actions on one space's evaluation of a year (Art. 7), each a form of its own. */
interface EvaluationTask {
  /** `/spaces/<id>/evaluations/<year>` */
  path: string;
  onDone(what: string): void;
}

/** The district department's first check of a filed report: it matches the records, or concerns with reasons. */
export function DistrictCheckForm({ path, onDone }: EvaluationTask) {
  const { api, t } = useConsole();
  const [outcome, setOutcome] = useState<'PASS' | 'CONCERNS'>('PASS');
  const [reason, setReason] = useState('');
  const [article, setArticle] = useState('');
  return (
    <TaskForm
      title={t('districtCheck.title')}
      send={() => api.evaluation.post(`${path}/district-check`, { outcome, reasons: reasonsOf(reason, article) })}
      onDone={onDone}
    >
      <SelectField<'PASS' | 'CONCERNS'>
        label={t('decision.outcome')}
        value={outcome}
        onChange={setOutcome}
        options={(['PASS', 'CONCERNS'] as const).map((o) => ({ value: o, label: t(`checkOutcome.${o}`) }))}
      />
      <ReasonFields reason={reason} article={article} required={outcome === 'CONCERNS'} onReason={setReason} onArticle={setArticle} />
    </TaskForm>
  );
}

/** Before confirming, the city orders an expert review (naming the expert) or an on-site check: the kinds not yet ordered. */
export function ReviewOrderForm({ path, onDone, kinds }: EvaluationTask & { kinds: readonly ReviewKind[] }) {
  const { api, t } = useConsole();
  const [kind, setKind] = useState<ReviewKind>(kinds[0] ?? 'EXPERT_REVIEW');
  const [expertId, setExpertId] = useState('');
  return (
    <TaskForm title={t('reviewOrder.title')} send={() => api.evaluation.post(`${path}/reviews`, reviewOrderBody(kind, expertId))} onDone={onDone}>
      <SelectField<ReviewKind>
        label={t('reviewOrder.kind')}
        value={kind}
        onChange={setKind}
        options={kinds.map((k) => ({ value: k, label: t(`supervisionStage.${k}`) }))}
      />
      {kind === 'EXPERT_REVIEW' && <TextField label={t('reviewOrder.expertId')} value={expertId} onChange={setExpertId} required />}
    </TaskForm>
  );
}

/** The named expert's review, or the city's on-site check: findings, and the grade it would give. */
export function ReviewFindingsForm({ path, onDone, kind }: EvaluationTask & { kind: ReviewKind }) {
  const { api, t } = useConsole();
  const [finding, setFinding] = useState('');
  const [article, setArticle] = useState('');
  const [grade, setGrade] = useState('');
  return (
    <TaskForm
      title={t('findings.title', { review: t(`supervisionStage.${kind}`) })}
      send={() => api.evaluation.post(`${path}/review-findings`, reviewFindingsBody(kind, finding, article, grade))}
      onDone={onDone}
    >
      <ReasonFields reason={finding} article={article} required onReason={setFinding} onArticle={setArticle} />
      <TextField label={t('findings.grade')} value={grade} onChange={setGrade} />
    </TaskForm>
  );
}

/** The city confirms the scored grade, or corrects it with reasons. */
export function ConfirmationForm({ path, onDone, scoredGrade }: EvaluationTask & { scoredGrade: string }) {
  const { api, t } = useConsole();
  const [outcome, setOutcome] = useState<'CONFIRM' | 'CORRECT'>('CONFIRM');
  const [grade, setGrade] = useState('');
  const [reason, setReason] = useState('');
  const [article, setArticle] = useState('');
  return (
    <TaskForm
      title={t('confirmation.title')}
      send={() => api.evaluation.post(`${path}/confirmation`, confirmationBody(outcome, grade, reason, article))}
      onDone={onDone}
    >
      <SelectField<'CONFIRM' | 'CORRECT'>
        label={t('decision.outcome')}
        value={outcome}
        onChange={setOutcome}
        options={[
          { value: 'CONFIRM', label: t('confirmOutcome.CONFIRM', { grade: scoredGrade }) },
          { value: 'CORRECT', label: t('confirmOutcome.CORRECT') },
        ]}
      />
      {outcome === 'CORRECT' && <TextField label={t('confirmation.grade')} value={grade} onChange={setGrade} required />}
      <ReasonFields reason={reason} article={article} required={outcome === 'CORRECT'} onReason={setReason} onArticle={setArticle} />
    </TaskForm>
  );
}
