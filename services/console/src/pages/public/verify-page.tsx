import { FormEvent, useId, useState } from 'react';
import { useConsole } from '../../app-context';
import { uploadFile } from '../../api/upload';
import { Fact } from '../../components/fact';
import { TextField } from '../../components/fields';
import { Problem } from '../../components/problem';
import { useLoad } from '../../components/use-load';
import type { DocumentVerdict, OfficialDocumentRecord } from '../../domain/application';
import { hrefOf } from '../../routing/route';

/**
 * The public verification of the bureau's documents (no sign-in), what their QR codes open: the
 * record and checksum of the document printed with a code, and the check of a file.
 */
export function VerifyPage({ code }: { code?: string }) {
  const { t } = useConsole();
  return (
    <section>
      <h1>{t('verify.title')}</h1>
      <p>{t('verify.intro')}</p>
      {code ? <DocumentOfCode key={code} code={code} /> : <CodeForm />}
      <FileCheck code={code} />
    </section>
  );
}

function CodeForm() {
  const { t } = useConsole();
  const [code, setCode] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (code.trim()) window.location.hash = hrefOf({ page: 'verify', code: code.trim() });
  };
  return (
    <form onSubmit={submit} aria-label={t('verify.byCode')}>
      <TextField label={t('verify.code')} value={code} onChange={setCode} required />
      <button type="submit">{t('verify.look')}</button>
    </form>
  );
}

function DocumentOfCode({ code }: { code: string }) {
  const { api, t } = useConsole();
  const document = useLoad(() => api.intake.get<OfficialDocumentRecord>(`/verification/${encodeURIComponent(code)}`), [api, code]);
  return (
    <article className="card" aria-labelledby="verified-title">
      <Problem error={document.error} />
      {document.data && (
        <>
          <h2 id="verified-title">{t('verify.issued')}</h2>
          <DocumentFacts document={document.data} />
        </>
      )}
    </article>
  );
}

function DocumentFacts({ document }: { document: OfficialDocumentRecord }) {
  const { t } = useConsole();
  return (
    <dl className="facts">
      <Fact term={t('verify.document')} value={t.optional(`documentKind.${document.kind}`, document.title)} />
      <Fact term={t('documents.code')} value={document.verificationCode} />
      {document.facts.filingNumber && <Fact term={t('verify.filingNumber')} value={document.facts.filingNumber} />}
      {document.facts.spaceName && <Fact term={t('verify.spaceName')} value={document.facts.spaceName} />}
      {document.facts.organisationName && <Fact term={t('verify.organisationName')} value={document.facts.organisationName} />}
      {document.facts.filedOn && <Fact term={t('verify.filedOn')} value={document.facts.filedOn} />}
      <Fact term={t('verify.sha256')} value={document.sha256} />
    </dl>
  );
}

function FileCheck({ code }: { code?: string }) {
  const { t, session } = useConsole();
  const [file, setFile] = useState<File | null>(null);
  const [verdict, setVerdict] = useState<DocumentVerdict | null>(null);
  const [error, setError] = useState<unknown>(null);
  const fileId = useId();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setError(null);
    setVerdict(null);
    try {
      setVerdict(await uploadFile<DocumentVerdict>('/api/intake/verification', file, code ? { code } : {}, session, () => undefined));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form onSubmit={submit} aria-label={t('verify.byFile')}>
      <div className="field">
        <label htmlFor={fileId}>{t('verify.file')}</label>
        <input id={fileId} type="file" accept=".pdf,application/pdf" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </div>
      <Problem error={error} />
      <button type="submit" disabled={!file}>
        {t('verify.check')}
      </button>
      {verdict && (
        <div role="status" className="card">
          <p>
            <strong>{t(`verify.verdict.${verdict.verdict}`)}</strong>
          </p>
          {verdict.verdict !== 'UNKNOWN' && <DocumentFacts document={verdict.document} />}
        </div>
      )}
    </form>
  );
}
