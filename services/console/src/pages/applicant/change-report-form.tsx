import { FormEvent, useState } from 'react';
import { useConsole } from '../../app-context';
import { DivisionSelect } from '../../components/division-select';
import { CheckboxField, FieldGroup, NumberField, SelectField, TextArea, TextField } from '../../components/fields';
import { Problem } from '../../components/problem';
import { changeOf, ChangeFormValues } from '../../domain/change-body';
import { rulesetOf } from '../../domain/ruleset-of';
import { CHANGE_KINDS, ChangeKind, SpaceRecord } from '../../domain/space';

/** The operator reports a change of name, operating organisation, area or location within 3 months (Art. 8). */
export function ChangeReportForm({ space, onReported }: { space: SpaceRecord; onReported(): void }) {
  const { api, t } = useConsole();
  const [kind, setKind] = useState<ChangeKind>('NAME');
  const [form, setForm] = useState<ChangeFormValues>({
    effectiveOn: '',
    name: '',
    totalAreaM2: 0,
    workstationAreaM2: 0,
    publicServiceAreaM2: 0,
    divisionCode: space.divisionCode,
    uscc: '',
    registeredOn: '',
    independentLegalPerson: true,
    documentId: '',
    documentTitle: '',
    note: '',
  });
  const [error, setError] = useState<unknown>(null);
  const [reported, setReported] = useState(false);
  const set = (patch: Partial<ChangeFormValues>) => setForm({ ...form, ...patch });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await api.evaluation.post(`/spaces/${space.spaceId}/changes`, {
        change: changeOf(kind, form),
        evidence: form.documentId.trim() ? [{ documentId: form.documentId.trim(), title: form.documentTitle.trim() || form.documentId.trim() }] : [],
        ...(form.note.trim() ? { note: form.note.trim() } : {}),
      });
      setReported(true);
      onReported();
    } catch (err) {
      setError(err);
    }
  };

  if (reported) return <p role="status">{t('changeReport.reported')}</p>;
  return (
    <details className="card">
      <summary>{t('changeReport.title')}</summary>
      <form onSubmit={submit} aria-label={t('changeReport.title')}>
        <SelectField<ChangeKind>
          label={t('changeReport.kind')}
          value={kind}
          onChange={setKind}
          options={CHANGE_KINDS.map((k) => ({ value: k, label: t(`change.${k}`) }))}
        />
        <TextField
          type="date"
          label={t('changeReport.effectiveOn')}
          hint={t('changeReport.effectiveOnHint', { months: rulesetOf(null).change.reportWithinMonths })}
          value={form.effectiveOn}
          onChange={(effectiveOn) => set({ effectiveOn })}
          required
        />
        {kind === 'NAME' && <TextField label={t('changeReport.newName')} value={form.name} onChange={(name) => set({ name })} required />}
        {kind === 'LOCATION' && (
          <DivisionSelect label={t('wizard.venueDivision')} value={form.divisionCode} onChange={(divisionCode) => set({ divisionCode })} />
        )}
        {(kind === 'AREA' || kind === 'LOCATION') && (
          <FieldGroup legend={t('figures.venue')}>
            <NumberField label={t('figures.totalArea')} value={form.totalAreaM2} onChange={(totalAreaM2) => set({ totalAreaM2 })} />
            <NumberField label={t('figures.workstationArea')} value={form.workstationAreaM2} onChange={(workstationAreaM2) => set({ workstationAreaM2 })} />
            <NumberField
              label={t('figures.publicServiceArea')}
              value={form.publicServiceAreaM2}
              onChange={(publicServiceAreaM2) => set({ publicServiceAreaM2 })}
            />
          </FieldGroup>
        )}
        {kind === 'OPERATING_ORGANISATION' && (
          <FieldGroup legend={t('changeReport.newOrganisation')}>
            <TextField label={t('organisation.uscc')} value={form.uscc} onChange={(uscc) => set({ uscc })} required />
            <TextField
              type="date"
              label={t('organisation.registeredOn')}
              value={form.registeredOn}
              onChange={(registeredOn) => set({ registeredOn })}
              required
            />
            <CheckboxField
              label={t('organisation.independentLegalPerson')}
              checked={form.independentLegalPerson}
              onChange={(independentLegalPerson) => set({ independentLegalPerson })}
            />
          </FieldGroup>
        )}
        <TextField label={t('changeReport.documentId')} value={form.documentId} onChange={(documentId) => set({ documentId })} />
        <TextField label={t('changeReport.documentTitle')} value={form.documentTitle} onChange={(documentTitle) => set({ documentTitle })} />
        <TextArea label={t('changeReport.note')} value={form.note} onChange={(note) => set({ note })} />
        <Problem error={error} />
        <button type="submit">{t('changeReport.submit')}</button>
      </form>
    </details>
  );
}
