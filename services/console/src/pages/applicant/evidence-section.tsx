import { FormEvent, useId, useState } from 'react';
import { useConsole } from '../../app-context';
import { uploadFile } from '../../api/upload';
import { SelectField } from '../../components/fields';
import { DownloadButton } from '../../components/download-button';
import { Problem } from '../../components/problem';
import { useLoad } from '../../components/use-load';
import { EVIDENCE_KINDS, EvidenceRecord } from '../../domain/application';

type Kind = (typeof EVIDENCE_KINDS)[number];

/** The application's evidence files, and (while editable) an upload with its progress. */
export function EvidenceSection({ applicationId, editable }: { applicationId: string; editable: boolean }) {
  const { api, t, session } = useConsole();
  const evidence = useLoad(() => api.intake.get<EvidenceRecord[]>(`/applications/${applicationId}/evidence`), [api, applicationId]);
  const [kind, setKind] = useState<Kind>('business-licence');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const fileId = useId();

  const upload = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setError(null);
    setProgress(0);
    try {
      await uploadFile(`/api/intake/applications/${applicationId}/evidence`, file, { kind }, session, setProgress);
      setFile(null);
      (e.target as HTMLFormElement).reset();
      evidence.reload();
    } catch (err) {
      setError(err);
      setProgress(null);
    }
  };

  return (
    <section aria-labelledby="evidence-title">
      <h2 id="evidence-title">{t('evidence.title')}</h2>
      <ul className="evidence">
        {evidence.data?.map((e) => (
          <li key={e.id}>
            <DownloadButton client={api.intake} path={`/applications/${applicationId}/evidence/${e.id}/content`} fileName={e.fileName} label={e.fileName} /> ·{' '}
            {t.optional(`evidenceKind.${e.kind}`, e.kind)} · {Math.ceil(e.sizeBytes / 1024)} KB
          </li>
        ))}
      </ul>
      {evidence.data?.length === 0 && <p>{t('evidence.none')}</p>}
      {editable && (
        <form onSubmit={upload} aria-label={t('evidence.upload')}>
          <SelectField<Kind>
            label={t('evidence.kind')}
            value={kind}
            onChange={setKind}
            options={EVIDENCE_KINDS.map((k) => ({ value: k, label: t(`evidenceKind.${k}`) }))}
          />
          <div className="field">
            <label htmlFor={fileId}>{t('evidence.file')}</label>
            <input id={fileId} type="file" accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </div>
          {progress !== null && (
            <progress max={1} value={progress} aria-label={t('evidence.progress')}>
              {Math.round(progress * 100)}%
            </progress>
          )}
          <Problem error={error} />
          <button type="submit" disabled={!file}>
            {t('evidence.upload')}
          </button>
        </form>
      )}
    </section>
  );
}
