import { FormEvent, useState } from 'react';
import { useConsole } from '../../app-context';
import { DivisionSelect } from '../../components/division-select';
import { SelectField, TextField } from '../../components/fields';
import { Pager } from '../../components/pager';
import { Problem } from '../../components/problem';
import { useLoad } from '../../components/use-load';
import type { FiledSpace, Page } from '../../domain/public-records';
import { divisionName } from '../../format/format';

type StatusFilter = '' | 'ACTIVE' | 'REVOKED';

/** The public registry of filed maker spaces: search by name, filter by division and status. */
export function RegistryPage() {
  const { api, t, lang } = useConsole();
  const [name, setName] = useState('');
  const [division, setDivision] = useState('');
  const [status, setStatus] = useState<StatusFilter>('');
  const [query, setQuery] = useState({ name: '', division: '', status: '' as StatusFilter, page: 1 });
  const registry = useLoad(() => api.intake.get<Page<FiledSpace>>('/registry', { ...query, pageSize: 20 }), [api, query]);

  const search = (e: FormEvent) => {
    e.preventDefault();
    setQuery({ name: name.trim(), division, status, page: 1 });
  };

  return (
    <section>
      <h1>{t('registry.title')}</h1>
      <p>{t('registry.intro')}</p>
      <form className="filters" onSubmit={search} aria-label={t('registry.search')}>
        <TextField type="search" label={t('registry.name')} value={name} onChange={setName} />
        <DivisionSelect label={t('common.division')} value={division} onChange={setDivision} anyLabel={t('common.allDivisions')} />
        <SelectField<StatusFilter>
          label={t('common.status')}
          value={status}
          onChange={setStatus}
          options={[
            { value: '', label: t('common.any') },
            { value: 'ACTIVE', label: t('space.ACTIVE') },
            { value: 'REVOKED', label: t('space.REVOKED') },
          ]}
        />
        <button type="submit">{t('registry.search')}</button>
      </form>
      <Problem error={registry.error} />
      {registry.data && (
        <>
          <p aria-live="polite">{t('registry.found', { count: registry.data.total })}</p>
          {registry.data.total === 0 && <p>{t('registry.none')}</p>}
          {registry.data.total > 0 && (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('registry.filingNumber')}</th>
                    <th scope="col">{t('registry.space')}</th>
                    <th scope="col">{t('registry.organisation')}</th>
                    <th scope="col">{t('common.division')}</th>
                    <th scope="col">{t('registry.filedOn')}</th>
                    <th scope="col">{t('common.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {registry.data.items.map((s) => (
                    <tr key={s.spaceId}>
                      <td data-label={t('registry.filingNumber')}>{s.filingNumber}</td>
                      <td data-label={t('registry.space')}>{s.spaceName}</td>
                      <td data-label={t('registry.organisation')}>{s.organisationName}</td>
                      <td data-label={t('common.division')}>{divisionName(s.divisionCode, lang)}</td>
                      <td data-label={t('registry.filedOn')}>{s.filedOn}</td>
                      <td data-label={t('common.status')}>
                        <span className={`badge ${s.status === 'ACTIVE' ? 'ok' : 'bad'}`}>{t.optional(`space.${s.status}`, s.status)}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager page={query.page} pageSize={registry.data.pageSize} total={registry.data.total} onPage={(page) => setQuery({ ...query, page })} />
        </>
      )}
    </section>
  );
}
