import { ReactNode } from 'react';
import { useConsole } from '../app-context';

/**
 * Rows of one kind (residents, mentors, activities) with add and remove buttons; each row's
 * fields are labelled with the row's number, so a screen reader knows which row it is in.
 */
export function ListEditor<T>(props: {
  legend: string;
  rows: T[];
  onChange(rows: T[]): void;
  blank(): T;
  row(item: T, index: number, update: (item: T) => void): ReactNode;
}) {
  const { t } = useConsole();
  const update = (index: number) => (item: T) => props.onChange(props.rows.map((r, i) => (i === index ? item : r)));
  return (
    <fieldset className="list">
      <legend>
        {props.legend} ({props.rows.length})
      </legend>
      {props.rows.map((item, index) => (
        <div className="row" key={index}>
          {props.row(item, index, update(index))}
          <button
            type="button"
            className="secondary"
            onClick={() => props.onChange(props.rows.filter((_, i) => i !== index))}
            aria-label={t('list.remove', { what: props.legend, n: index + 1 })}
          >
            {t('list.removeShort')}
          </button>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => props.onChange([...props.rows, props.blank()])}>
        {t('list.add', { what: props.legend })}
      </button>
    </fieldset>
  );
}
