import { FormEvent, useState } from 'react';
import { todayInShanghai, type DeclaredFigures } from '@makerspace/policy';
import { useConsole } from '../../app-context';
import { DivisionSelect } from '../../components/division-select';
import { SelectField, TextField } from '../../components/fields';
import { PrecheckPanel } from '../../components/precheck-panel';
import { Problem } from '../../components/problem';
import { useLoad } from '../../components/use-load';
import type { Application } from '../../domain/application';
import { figureLabel } from '../../domain/figure-labels';
import { emptyFigures, FIGURE_STEPS, FigureStep } from '../../domain/figures';
import { DeclaringOrganisation, livePrecheck } from '../../domain/live-precheck';
import { useMyRecords } from '../../domain/use-my-records';
import { navigate } from '../../routing/use-route';
import { FiguresForm } from './figures-form';

type Step = 'basics' | FigureStep | 'confirm';
const STEPS: readonly Step[] = ['basics', ...FIGURE_STEPS, 'confirm'];

/**
 * An application step by step, new or a draft carried on, with the Art. 5 pre-check beside it as
 * the figures are typed.
 */
export function ApplicationWizard({ draft: saved }: { draft?: Application }) {
  const { api, t, session } = useConsole();
  const records = useMyRecords();
  // An applicant signed in for an organisation (its id as scope) files for it, whichever browser
  // registered it; the organisations registered from this browser are offered too.
  const scope = session?.person.role === 'applicant' ? session.person.scope : null;
  const signedInFor = useLoad(() => (scope ? api.intake.get<{ id: string; name: string }>(`/organisations/${scope}`) : Promise.resolve(null)), [api, scope]);
  const remembered = records?.read().organisations ?? [];
  const organisations = signedInFor.data
    ? [{ id: signedInFor.data.id, name: signedInFor.data.name }, ...remembered.filter((o) => o.id !== signedInFor.data?.id)]
    : remembered;
  const [step, setStep] = useState<Step>('basics');
  const [chosenOrganisationId, setOrganisationId] = useState(saved?.organisationId ?? '');
  const organisationId = chosenOrganisationId || organisations[0]?.id || '';
  const [spaceName, setSpaceName] = useState(saved?.spaceName ?? '');
  const [venueAddress, setVenueAddress] = useState(saved?.venueAddress ?? '');
  const [divisionCode, setDivisionCode] = useState(saved?.divisionCode ?? '210302');
  const [figures, setFigures] = useState<DeclaredFigures>(() => saved?.figures ?? emptyFigures());
  const [draft, setDraft] = useState<{ id: string; revision: number } | null>(saved ? { id: saved.id, revision: saved.revision } : null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const organisation = useLoad(
    () => (organisationId ? api.intake.get<DeclaringOrganisation>(`/organisations/${organisationId}`) : Promise.resolve(null)),
    [api, organisationId],
  );
  const check = organisation.data ? livePrecheck(organisation.data, divisionCode, figures, todayInShanghai(new Date())) : null;
  const index = STEPS.indexOf(step);

  const saveDraft = async (): Promise<{ id: string; revision: number }> => {
    const body = { spaceName, venueAddress, divisionCode, figures };
    const saved = draft
      ? await api.intake.put<Application>(`/applications/${draft.id}`, { ...body, revision: draft.revision })
      : await api.intake.post<Application>('/applications', { ...body, organisationId });
    records?.addApplication({ id: saved.id, spaceName: saved.spaceName });
    const kept = { id: saved.id, revision: saved.revision };
    setDraft(kept);
    return kept;
  };

  const act = (what: () => Promise<void>) => async () => {
    setError(null);
    setBusy(true);
    try {
      await what();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const submit = act(async () => {
    const saved = await saveDraft();
    await api.intake.post(`/applications/${saved.id}/submit`, {}, { 'idempotency-key': `submit-${saved.id}-${saved.revision}` });
    navigate(`#/applications/${saved.id}`);
  });
  const next = (e: FormEvent) => {
    e.preventDefault();
    if (index < STEPS.length - 1) setStep(STEPS[index + 1]);
    else void submit();
  };

  return (
    <section>
      <h1>{t('wizard.title')}</h1>
      <ol className="steps" aria-label={t('wizard.steps')}>
        {STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined} className={i < index ? 'done' : undefined}>
            {t(`wizard.step.${s}`)}
          </li>
        ))}
      </ol>
      <div className="beside">
        <form onSubmit={next} aria-label={t(`wizard.step.${step}`)}>
          <h2>{t(`wizard.step.${step}`)}</h2>
          {step === 'basics' && (
            <>
              {saved ? null : organisations.length > 0 ? (
                <SelectField
                  label={t('wizard.organisation')}
                  value={organisationId}
                  onChange={setOrganisationId}
                  options={organisations.map((o) => ({ value: o.id, label: o.name }))}
                />
              ) : (
                (signedInFor.data !== undefined || signedInFor.error !== null) && (
                  <p>
                    <a href="#/organisation">{t('wizard.registerFirst')}</a>
                  </p>
                )
              )}
              <TextField label={t('wizard.spaceName')} value={spaceName} onChange={setSpaceName} required />
              <TextField label={t('wizard.venueAddress')} value={venueAddress} onChange={setVenueAddress} required />
              <DivisionSelect label={t('wizard.venueDivision')} value={divisionCode} onChange={setDivisionCode} />
            </>
          )}
          {step !== 'basics' && step !== 'confirm' && <FiguresForm figures={figures} onChange={setFigures} steps={[step]} />}
          {step === 'confirm' && <p>{check?.kind === 'judged' && check.report.passed ? t('wizard.readyToSubmit') : t('wizard.notReady')}</p>}
          <Problem error={error} />
          <div className="actions">
            {index > 0 && (
              <button type="button" className="secondary" onClick={() => setStep(STEPS[index - 1])}>
                {t('common.previous')}
              </button>
            )}
            <button type="button" className="secondary" disabled={busy || !organisationId} onClick={act(async () => void (await saveDraft()))}>
              {t('wizard.saveDraft')}
            </button>
            <button type="submit" disabled={busy || (step === 'confirm' && !organisationId)}>
              {step === 'confirm' ? t('wizard.submit') : t('common.next')}
            </button>
          </div>
          {draft && (
            <p role="status">
              {t('wizard.saved', { revision: draft.revision })} <a href={`#/applications/${draft.id}`}>{t('wizard.openDraft')}</a>
            </p>
          )}
        </form>
        <aside aria-live="polite">
          {check?.kind === 'judged' && <PrecheckPanel report={check.report} title={t('precheck.live')} />}
          {check?.kind === 'incomplete' && (
            <section className="precheck">
              <h2>{t('precheck.live')}</h2>
              <p>{t('precheck.incomplete')}</p>
              <ul>
                {check.missing.map((m) => (
                  <li key={m}>{figureLabel(m, t) ?? m}</li>
                ))}
              </ul>
            </section>
          )}
          {!check && <p>{t('precheck.needsOrganisation')}</p>}
        </aside>
      </div>
    </section>
  );
}
