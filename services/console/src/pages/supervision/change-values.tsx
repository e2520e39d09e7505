import { useConsole } from '../../app-context';
import { Fact } from '../../components/fact';
import { figureLabel } from '../../domain/figure-labels';
import { divisionName } from '../../format/format';

type Values = Record<string, unknown>;

/**
 * The new values a change reports (Art. 8), each by its label: the name, the operating
 * organisation's particulars, the areas as the declaration names them, the venue's division.
 */
export function ChangeValues({ change }: { change: Values }) {
  const { t, lang } = useConsole();
  const yesNo = (value: unknown) => t(value ? 'common.yes' : 'common.no');
  const rows: [string, string | number][] = [];
  for (const [field, value] of Object.entries(change)) {
    // The kind and date head the page; the new operator's system id is not for reading.
    if (field === 'kind' || field === 'effectiveOn' || field === 'organisationId') continue;
    if (field === 'areas') {
      for (const [name, area] of Object.entries(value as Values)) rows.push([figureLabel(name, t) ?? name, Number(area)]);
    } else if (field === 'venue') {
      rows.push([t('changeField.venue'), divisionName(String((value as Values).divisionCode), lang)]);
    } else if (field === 'organisation') {
      const o = value as Values;
      rows.push(
        [t('changeField.uscc'), String(o.uscc)],
        [t('changeField.registeredOn'), String(o.registeredOn)],
        [t('changeField.independentLegalPerson'), yesNo(o.independentLegalPerson)],
      );
    } else {
      rows.push([t.optional(`changeField.${field}`, field), String(value)]);
    }
  }
  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <Fact key={term} term={term} value={value} />
      ))}
    </dl>
  );
}
