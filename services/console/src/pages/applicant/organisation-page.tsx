import { FormEvent, useState } from 'react';
import { useConsole } from '../../app-context';
import { CheckboxField, TextField } from '../../components/fields';
import { Problem } from '../../components/problem';
import { useMyRecords } from '../../domain/use-my-records';
import { OrganisationBinding } from './organisation-binding';

/** The applicant registers its operating organisation (USCC checked by GB 32100-2015). */
export function OrganisationPage() {
  const { api, t } = useConsole();
  const records = useMyRecords();
  const [form, setForm] = useState({
    uscc: '',
    name: '',
    legalRepresentative: '',
    registeredOn: '',
    registeredAddress: '',
    independentLegalPerson: true,
    contactName: '',
    contactPhone: '',
    contactEmail: '',
  });
  const [error, setError] = useState<unknown>(null);
  const [registered, setRegistered] = useState<string | null>(null);
  const field = (key: Exclude<keyof typeof form, 'independentLegalPerson'>) => ({ value: form[key], onChange: (v: string) => setForm({ ...form, [key]: v }) });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const org = await api.intake.post<{ id: string; name: string }>('/organisations', form);
      records?.addOrganisation({ id: org.id, name: org.name });
      setRegistered(org.id);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="narrow">
      <h1>{t('organisation.title')}</h1>
      {records?.read().organisations.map((org) => (
        <OrganisationBinding key={org.id} id={org.id} />
      ))}
      {registered ? (
        <p role="status">
          {t('organisation.registered')}{' '}
          <code data-testid="organisation-id" translate="no">
            {registered}
          </code>{' '}
          — <a href="#/applications/new">{t('applications.new')}</a>
        </p>
      ) : (
        <form onSubmit={submit} aria-label={t('organisation.title')}>
          <TextField label={t('organisation.uscc')} hint={t('organisation.usccHint')} required {...field('uscc')} />
          <TextField label={t('organisation.name')} required {...field('name')} />
          <TextField label={t('organisation.legalRepresentative')} required {...field('legalRepresentative')} />
          <TextField type="date" label={t('organisation.registeredOn')} required {...field('registeredOn')} />
          <TextField label={t('organisation.registeredAddress')} required {...field('registeredAddress')} />
          <CheckboxField
            label={t('organisation.independentLegalPerson')}
            checked={form.independentLegalPerson}
            onChange={(v) => setForm({ ...form, independentLegalPerson: v })}
          />
          <TextField label={t('organisation.contactName')} required {...field('contactName')} />
          <TextField type="tel" label={t('organisation.contactPhone')} required {...field('contactPhone')} />
          <TextField type="email" label={t('organisation.contactEmail')} required {...field('contactEmail')} />
          <Problem error={error} />
          <button type="submit">{t('organisation.submit')}</button>
        </form>
      )}
    </section>
  );
}
