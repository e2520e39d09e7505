import { useEffect } from 'react';
import { useConsole } from '../../app-context';
import { Problem } from '../../components/problem';
import { useLoad } from '../../components/use-load';

/** An organisation as intake answers it, with the binding of the applicant who registered it. */
export interface RegisteredOrganisation {
  id: string;
  uscc: string;
  name: string;
  legalRepresentative: string;
  registeredAddress: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  divisionCode: string | null;
  binding: 'AWAITING_CHECK' | 'CONFIRMED' | 'REFUSED';
  bindingReason: string | null;
}

/**
 * Where the applicant's binding to its organisation stands. Once the district confirmed it, the
 * identity provider puts the organisation in the applicant's next tokens: the console asks for
 * them at once (the refresh token), so the person acts for the organisation without signing in again.
 */
export function OrganisationBinding({ id }: { id: string }) {
  const { api, t, session, signIn } = useConsole();
  const org = useLoad(() => api.intake.get<RegisteredOrganisation>(`/organisations/${id}`), [api, id]);
  const confirmed = org.data?.binding === 'CONFIRMED';
  const stale = confirmed && session?.person.scope !== id;
  useEffect(() => {
    if (stale) void signIn.users.signinSilent();
  }, [stale, signIn]);
  if (!org.data) return <Problem error={org.error} />;
  return (
    <p data-testid="organisation-binding" data-binding={org.data.binding}>
      {org.data.name}: {t(`binding.${org.data.binding}`)}
      {org.data.bindingReason && ` (${org.data.bindingReason})`}{' '}
      {!confirmed && (
        <button type="button" className="link" onClick={org.reload}>
          {t('common.refresh')}
        </button>
      )}
    </p>
  );
}
