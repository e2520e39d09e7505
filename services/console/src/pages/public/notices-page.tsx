import { FormEvent, useState } from 'react';
import { type CalendarDate, noticeWords } from '@makerspace/policy';
import { useConsole } from '../../app-context';
import { TextArea, TextField } from '../../components/fields';
import { Problem } from '../../components/problem';
import { useLoad } from '../../components/use-load';
import type { Notice, Page } from '../../domain/public-records';
import { rulesetOf } from '../../domain/ruleset-of';
import { divisionName } from '../../format/format';

/** Applications under public notice (Art. 6(4)), each with the objection form. */
export function NoticesPage() {
  const { api, t, lang } = useConsole();
  const notices = useLoad(() => api.intake.get<Page<Notice>>('/public-notices', { pageSize: 100 }), [api]);
  return (
    <section>
      <h1>{t('notices.title')}</h1>
      <p>{t('notices.intro', { days: rulesetOf(null).procedure.publicNoticeDays })}</p>
      <Problem error={notices.error} />
      {notices.data?.items.length === 0 && <p>{t('notices.none')}</p>}
      {notices.data?.items.map((n) => (
        <article key={n.applicationId} className="card" aria-labelledby={`notice-${n.applicationId}`}>
          <h2 id={`notice-${n.applicationId}`}>{n.spaceName}</h2>
          <p>
            {n.organisationName} · {divisionName(n.divisionCode, lang)} · {noticeWords(n.from as CalendarDate, n.until as CalendarDate)[lang]}
          </p>
          <ObjectionForm applicationId={n.applicationId} />
        </article>
      ))}
    </section>
  );
}

function ObjectionForm({ applicationId }: { applicationId: string }) {
  const { api, t } = useConsole();
  const [text, setText] = useState('');
  const [contact, setContact] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [lodged, setLodged] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const answer = await api.intake.post<{ objectionId: string; lodgedOn: string }>(`/public-notices/${applicationId}/objections`, {
        text,
        ...(contact.trim() ? { contact: contact.trim() } : {}),
      });
      setLodged(answer.lodgedOn);
      setText('');
    } catch (err) {
      setError(err);
    }
  };

  if (lodged) return <p role="status">{t('notices.lodged', { on: lodged })}</p>;
  return (
    <form onSubmit={submit} aria-label={t('notices.objectionForm')}>
      <TextArea label={t('notices.objection')} value={text} onChange={setText} required />
      <TextField label={t('notices.contact')} value={contact} onChange={setContact} />
      <Problem error={error} />
      <button type="submit">{t('notices.lodge')}</button>
    </form>
  );
}
