import type { Activity, DeclaredFigures, Financing, Mentor, MentorAppointer, NewCompany, Resident } from '@makerspace/policy';
import { useConsole } from '../../app-context';
import { CheckboxField, FieldGroup, NumberField, SelectField, TextField } from '../../components/fields';
import { ListEditor } from '../../components/list-editor';
import { FigureStep, typedDate } from '../../domain/figures';

const APPOINTERS: readonly MentorAppointer[] = ['PROVINCIAL_ST_DEPARTMENT', 'INDUSTRY_ASSOCIATION', 'INCUBATOR', 'OTHER'];
const ACTIVITY_KINDS: readonly Activity['kind'][] = ['SALON', 'ROADSHOW', 'COMPETITION', 'TRAINING', 'OTHER'];

interface Props {
  figures: DeclaredFigures;
  onChange(figures: DeclaredFigures): void;
  /** The steps shown; all of them when answering a return. */
  steps: readonly FigureStep[];
}

/** Every figure Art. 5 asks an applicant to declare, step by step. */
export function FiguresForm({ figures, onChange, steps }: Props) {
  const { t } = useConsole();
  const set = <K extends keyof DeclaredFigures>(key: K, value: DeclaredFigures[K]) => onChange({ ...figures, [key]: value });
  const n = (index: number) => index + 1;
  return (
    <>
      {steps.includes('venue') && (
        <FieldGroup legend={t('figures.venue')}>
          <NumberField label={t('figures.totalArea')} value={figures.totalAreaM2} onChange={(v) => set('totalAreaM2', v)} />
          <NumberField label={t('figures.workstationArea')} value={figures.workstationAreaM2} onChange={(v) => set('workstationAreaM2', v)} />
          <NumberField label={t('figures.publicServiceArea')} value={figures.publicServiceAreaM2} onChange={(v) => set('publicServiceAreaM2', v)} />
          <NumberField label={t('figures.startupWorkstations')} value={figures.startupWorkstations} step={1} onChange={(v) => set('startupWorkstations', v)} />
          <CheckboxField
            label={t('figures.internet')}
            checked={figures.facilities.freeOrLowCostInternet}
            onChange={(v) => set('facilities', { ...figures.facilities, freeOrLowCostInternet: v })}
          />
          <CheckboxField
            label={t('figures.software')}
            checked={figures.facilities.publicSoftware}
            onChange={(v) => set('facilities', { ...figures.facilities, publicSoftware: v })}
          />
          <CheckboxField
            label={t('figures.equipment')}
            checked={figures.facilities.sharedOfficeEquipment}
            onChange={(v) => set('facilities', { ...figures.facilities, sharedOfficeEquipment: v })}
          />
        </FieldGroup>
      )}
      {steps.includes('residents') && (
        <ListEditor<Resident>
          legend={t('figures.residents')}
          rows={figures.residents}
          onChange={(rows) => set('residents', rows)}
          blank={() => ({ name: '', kind: 'TEAM', movedInOn: typedDate(''), project: '' })}
          row={(r, i, update) => (
            <>
              <TextField label={t('figures.residentName', { n: n(i) })} value={r.name} onChange={(name) => update({ ...r, name })} />
              <SelectField<Resident['kind']>
                label={t('figures.residentKind', { n: n(i) })}
                value={r.kind}
                onChange={(kind) => update({ ...r, kind })}
                options={[
                  { value: 'TEAM', label: t('figures.team') },
                  { value: 'COMPANY', label: t('figures.company') },
                ]}
              />
              <TextField
                type="date"
                label={t('figures.movedInOn', { n: n(i) })}
                value={r.movedInOn}
                onChange={(v) => update({ ...r, movedInOn: typedDate(v) })}
              />
              <TextField label={t('figures.project', { n: n(i) })} value={r.project} onChange={(project) => update({ ...r, project })} />
            </>
          )}
        />
      )}
      {steps.includes('results') && (
        <>
          <ListEditor<NewCompany>
            legend={t('figures.newCompanies')}
            rows={figures.newCompaniesLast12Months}
            onChange={(rows) => set('newCompaniesLast12Months', rows)}
            blank={() => ({ name: '', registeredOn: typedDate('') })}
            row={(c, i, update) => (
              <>
                <TextField label={t('figures.companyName', { n: n(i) })} value={c.name} onChange={(name) => update({ ...c, name })} />
                <TextField
                  type="date"
                  label={t('figures.registeredOn', { n: n(i) })}
                  value={c.registeredOn}
                  onChange={(v) => update({ ...c, registeredOn: typedDate(v) })}
                />
              </>
            )}
          />
          <ListEditor<Financing>
            legend={t('figures.financings')}
            rows={figures.financingsLast12Months}
            onChange={(rows) => set('financingsLast12Months', rows)}
            blank={() => ({ residentName: '', amountYuan: 0, investor: '', closedOn: typedDate('') })}
            row={(f, i, update) => (
              <>
                <TextField
                  label={t('figures.financedResident', { n: n(i) })}
                  value={f.residentName}
                  onChange={(residentName) => update({ ...f, residentName })}
                />
                <NumberField label={t('figures.amount', { n: n(i) })} value={f.amountYuan} onChange={(amountYuan) => update({ ...f, amountYuan })} />
                <TextField label={t('figures.investor', { n: n(i) })} value={f.investor} onChange={(investor) => update({ ...f, investor })} />
                <TextField
                  type="date"
                  label={t('figures.closedOn', { n: n(i) })}
                  value={f.closedOn}
                  onChange={(v) => update({ ...f, closedOn: typedDate(v) })}
                />
              </>
            )}
          />
        </>
      )}
      {steps.includes('staff') && (
        <>
          <FieldGroup legend={t('figures.staff')}>
            <NumberField label={t('figures.staffTotal')} step={1} value={figures.staff.total} onChange={(total) => set('staff', { ...figures.staff, total })} />
            <NumberField
              label={t('figures.staffProfessional')}
              step={1}
              value={figures.staff.professionalIncubation}
              onChange={(professionalIncubation) => set('staff', { ...figures.staff, professionalIncubation })}
            />
            <NumberField
              label={t('figures.staffProperty')}
              step={1}
              value={figures.staff.property}
              onChange={(property) => set('staff', { ...figures.staff, property })}
            />
          </FieldGroup>
          <ListEditor<Mentor>
            legend={t('figures.mentors')}
            rows={figures.mentors}
            onChange={(rows) => set('mentors', rows)}
            blank={() => ({ name: '', appointedBy: 'INCUBATOR' })}
            row={(m, i, update) => (
              <>
                <TextField label={t('figures.mentorName', { n: n(i) })} value={m.name} onChange={(name) => update({ ...m, name })} />
                <SelectField<MentorAppointer>
                  label={t('figures.appointedBy', { n: n(i) })}
                  value={m.appointedBy}
                  onChange={(appointedBy) => update({ ...m, appointedBy })}
                  options={APPOINTERS.map((a) => ({ value: a, label: t(`appointer.${a}`) }))}
                />
              </>
            )}
          />
        </>
      )}
      {steps.includes('activities') && (
        <ListEditor<Activity>
          legend={t('figures.activities')}
          rows={figures.activities}
          onChange={(rows) => set('activities', rows)}
          blank={() => ({ heldOn: typedDate(''), kind: 'SALON', title: '', participants: 0 })}
          row={(a, i, update) => (
            <>
              <TextField type="date" label={t('figures.heldOn', { n: n(i) })} value={a.heldOn} onChange={(v) => update({ ...a, heldOn: typedDate(v) })} />
              <SelectField<Activity['kind']>
                label={t('figures.activityKind', { n: n(i) })}
                value={a.kind}
                onChange={(kind) => update({ ...a, kind })}
                options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`activity.${k}`) }))}
              />
              <TextField label={t('figures.activityTitle', { n: n(i) })} value={a.title} onChange={(title) => update({ ...a, title })} />
              <NumberField
                label={t('figures.participants', { n: n(i) })}
                step={1}
                value={a.participants}
                onChange={(participants) => update({ ...a, participants })}
              />
            </>
          )}
        />
      )}
    </>
  );
}
