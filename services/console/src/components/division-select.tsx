import { useConsole } from '../app-context';
import { DIVISIONS } from '../format/format';
import { SelectField } from './fields';

/** A choice of the jurisdiction's divisions; `anyLabel` adds "all divisions" as the empty value. */
export function DivisionSelect({ label, value, onChange, anyLabel }: { label: string; value: string; onChange(code: string): void; anyLabel?: string }) {
  const { lang } = useConsole();
  const options = [...(anyLabel ? [{ value: '', label: anyLabel }] : []), ...DIVISIONS.map((d) => ({ value: d.code, label: d.name[lang] }))];
  return <SelectField label={label} value={value} onChange={onChange} options={options} />;
}
