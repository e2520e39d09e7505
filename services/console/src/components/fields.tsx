import { ReactNode, useId } from 'react';

interface FieldProps {
  label: string;
  hint?: string;
  name?: string;
}

/** A labelled text or date input: every input of the console has its label. */
export function TextField(
  props: FieldProps & { value: string; onChange(value: string): void; type?: 'text' | 'date' | 'email' | 'tel' | 'search'; required?: boolean },
) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        required={props.required}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.hint && <small id={`${id}-hint`}>{props.hint}</small>}
    </div>
  );
}

export function NumberField(props: FieldProps & { value: number; onChange(value: number): void; min?: number; max?: number; step?: number }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type="number"
        inputMode="decimal"
        min={props.min ?? 0}
        max={props.max}
        step={props.step ?? 'any'}
        value={Number.isFinite(props.value) ? props.value : ''}
        onChange={(e) => props.onChange(e.target.value === '' ? Number.NaN : Number(e.target.value))}
      />
    </div>
  );
}

export function TextArea(props: FieldProps & { value: string; onChange(value: string): void; required?: boolean }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <textarea id={id} name={props.name} rows={3} value={props.value} required={props.required} onChange={(e) => props.onChange(e.target.value)} />
    </div>
  );
}

export function SelectField<T extends string>(props: FieldProps & { value: T; onChange(value: T): void; options: readonly { value: T; label: string }[] }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} name={props.name} value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField(props: FieldProps & { checked: boolean; onChange(checked: boolean): void }) {
  const id = useId();
  return (
    <div className="field checkbox">
      <input id={id} name={props.name} type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}

/** A group of fields under a legend. */
export function FieldGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
