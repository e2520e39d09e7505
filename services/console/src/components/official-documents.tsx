import { useConsole } from '../app-context';
import type { OfficialDocumentRecord } from '../domain/application';
import { hrefOf } from '../routing/route';
import { DownloadButton } from './download-button';
import { useLoad } from './use-load';

/** The official documents issued for an application (the filing certificate once filed, the decision not to file once rejected), each to download and with its public check; nothing while none is issued. */
export function OfficialDocuments({ applicationId }: { applicationId: string }) {
  const { api, t } = useConsole();
  const documents = useLoad(() => api.intake.get<OfficialDocumentRecord[]>(`/applications/${applicationId}/documents`), [api, applicationId]);
  if (!documents.data?.length) return null;
  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title">{t('documents.title')}</h2>
      <ul className="evidence">
        {documents.data.map((d) => (
          <li key={d.kind}>
            <DownloadButton
              client={api.intake}
              path={`/applications/${applicationId}/documents/${d.kind}`}
              fileName={d.fileName}
              label={t.optional(`documentKind.${d.kind}`, d.title)}
            />{' '}
            · {t('documents.code')} <a href={hrefOf({ page: 'verify', code: d.verificationCode })}>{d.verificationCode}</a> · {Math.ceil(d.sizeBytes / 1024)} KB
          </li>
        ))}
      </ul>
    </section>
  );
}
