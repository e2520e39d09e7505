import { FormEvent, useState } from 'react';
import type { Role } from '@makerspace/contracts/browser';
import { useConsole } from '../app-context';
import { DivisionSelect } from '../components/division-select';
import { SelectField, TextField } from '../components/fields';
import { Problem } from '../components/problem';
import { homeOf } from '../domain/home';
import { navigate } from '../routing/use-route';
import { signIn } from '../session/sign-in';

/** The roles a person signs in as at the console (the scheduler and the system work elsewhere). */
const SIGN_IN_ROLES = ['applicant', 'district-officer', 'city-officer', 'expert', 'meeting-secretary'] as const satisfies readonly Role[];
type SignInRole = (typeof SIGN_IN_ROLES)[number];

/** Development sign-in: pick a role and an identity; the issuer gives the token. */
export function SignInPage() {
  const { t, setSession } = useConsole();
  const [role, setRole] = useState<SignInRole>('applicant');
  const [id, setId] = useState('');
  const [division, setDivision] = useState('210302');
  const [organisationId, setOrganisationId] = useState('');
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const scope = role === 'district-officer' ? division : role === 'applicant' && organisationId.trim() ? organisationId.trim() : null;
    try {
      const session = await signIn((input, init) => window.fetch(input, init), { id: id.trim(), role, scope });
      setSession(session);
      navigate(homeOf(role));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="narrow">
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
      <form onSubmit={submit} aria-label={t('signIn.title')}>
        <SelectField<SignInRole> label={t('signIn.role')} value={role} onChange={setRole} options={SIGN_IN_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        <TextField label={t('signIn.id')} value={id} onChange={setId} required hint={t('signIn.idHint')} />
        {role === 'district-officer' && <DivisionSelect label={t('signIn.division')} value={division} onChange={setDivision} />}
        {role === 'applicant' && <TextField label={t('signIn.organisation')} value={organisationId} onChange={setOrganisationId} hint={t('signIn.organisationHint')} />}
        <Problem error={error} />
        <button type="submit">{t('signIn.submit')}</button>
      </form>
    </section>
  );
}
