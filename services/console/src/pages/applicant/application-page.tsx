import { FormEvent, useState } from 'react';
import type { ConditionsReport } from '@makerspace/policy';
import { useConsole } from '../../app-context';
import { TextArea } from '../../components/fields';
import { PrecheckPanel } from '../../components/precheck-panel';
import { Problem } from '../../components/problem';
import { useLoad } from '../../components/use-load';
import type { Application } from '../../domain/application';
import { divisionName } from '../../format/format';
import { OfficialDocuments } from '../../components/official-documents';
import { EvidenceSection } from './evidence-section';
import { ReturnAnswer } from './return-answer';
import { Timeline } from './timeline';

const CLOSED = ['WITHDRAWN', 'REJECTED', 'DISQUALIFIED', 'FILED'];

/** The applicant's view of one application: where it stands, the pre-check, evidence, timeline, and what it may do next. */
export function ApplicationPage({ id }: { id: string }) {
  const { api, t, lang } = useConsole();
  const app = useLoad(() => api.intake.get<Application>(`/applications/${id}`), [api, id]);
  const precheck = useLoad(() => api.intake.get<{ report: ConditionsReport }>(`/applications/${id}/precheck`), [api, id, app.data?.revision, app.data?.status]);
  const [error, setError] = useState<unknown>(null);

  if (!app.data) return <Problem error={app.error} />;
  const a = app.data;
  const act = (what: () => Promise<unknown>) => async () => {
    setError(null);
    try {
      await what();
      app.reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section>
      <h1>{a.spaceName}</h1>
      <dl className="facts">
        <dt>{t('common.status')}</dt>
        <dd data-testid="application-status">{t(`status.${a.status}`)}</dd>
        <dt>{t('common.stage')}</dt>
        <dd>{a.stage ? t.optional(`stage.${a.stage}`, a.stage) : '—'}</dd>
        <dt>{t('common.division')}</dt>
        <dd>{divisionName(a.divisionCode, lang)}</dd>
        <dt>{t('application.revision')}</dt>
        <dd>{a.revision}</dd>
      </dl>
      <p className="actions">
        <button type="button" className="secondary" onClick={app.reload}>
          {t('common.refresh')}
        </button>
        {a.status === 'DRAFT' && (
          <a className="button secondary" href={`#/applications/${id}/edit`}>
            {t('application.continue')}
          </a>
        )}
        {a.status === 'DRAFT' && (
          <button type="button" onClick={act(() => api.intake.post(`/applications/${id}/submit`, {}, { 'idempotency-key': `submit-${id}-${a.revision}` }))}>
            {t('wizard.submit')}
          </button>
        )}
      </p>
      <Problem error={error} />
      <div className="beside">
        <div>
          {a.status === 'RETURNED' && <ReturnAnswer application={a} onAnswered={app.reload} />}
          <OfficialDocuments applicationId={id} />
          <EvidenceSection applicationId={id} editable={a.status === 'DRAFT' || a.status === 'RETURNED'} />
          <Timeline applicationId={id} status={a.status} />
          {!CLOSED.includes(a.status) && (
            <Withdrawal onWithdraw={(reason) => act(() => api.intake.post(`/applications/${id}/withdraw`, reason ? { reason } : {}))()} />
          )}
        </div>
        <aside>{precheck.data && <PrecheckPanel report={precheck.data.report} title={t('precheck.service')} />}</aside>
      </div>
    </section>
  );
}

function Withdrawal({ onWithdraw }: { onWithdraw(reason: string): void }) {
  const { t } = useConsole();
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (window.confirm(t('application.withdrawConfirm'))) onWithdraw(reason.trim());
  };
  return (
    <details>
      <summary>{t('application.withdraw')}</summary>
      <form onSubmit={submit} aria-label={t('application.withdraw')}>
        <TextArea label={t('application.withdrawReason')} value={reason} onChange={setReason} />
        <button type="submit" className="danger">
          {t('application.withdraw')}
        </button>
      </form>
    </details>
  );
}
