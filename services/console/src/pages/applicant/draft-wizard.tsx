import { useConsole } from '../../app-context';
import { Problem } from '../../components/problem';
import { useLoad } from '../../components/use-load';
import type { Application } from '../../domain/application';
import { ApplicationWizard } from './application-wizard';

/** A saved draft carried on in the wizard, from the revision last saved. */
export function DraftWizard({ id }: { id: string }) {
  const { api } = useConsole();
  const draft = useLoad(() => api.intake.get<Application>(`/applications/${id}`), [api, id]);
  if (!draft.data) return <Problem error={draft.error} />;
  return <ApplicationWizard draft={draft.data} />;
}
