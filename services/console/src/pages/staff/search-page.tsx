import { FormEvent, useState } from 'react';
import { type CalendarDate, dateParts, dueWords, todayInShanghai } from '@makerspace/policy';
import { useConsole } from '../../app-context';
import { DivisionSelect } from '../../components/division-select';
import { CheckboxField, SelectField, TextField } from '../../components/fields';
import { Pager } from '../../components/pager';
import { Problem } from '../../components/problem';
import { useLoad } from '../../components/use-load';
import {
  APPLICATION_SORTS,
  APPLICATION_STATUSES,
  type ApplicationSearchForm,
  type ApplicationSummary,
  EMPTY_SEARCH,
  searchableYears,
} from '../../domain/application-search';
import { FILING_STAGES } from '../../domain/filing';
import type { Page } from '../../domain/public-records';
import { divisionName } from '../../format/format';

const PAGE_SIZE = 20;

/**
 * Staff find any application within their jurisdiction (the intake service keeps to it): by part
 * of a name, USCC, filing number, status, stage, division, year and overdue, sorted and paged by
 * the server. A district officer searches its own division, so it is offered no division choice.
 */
export function SearchPage() {
  const { api, t, lang, session } = useConsole();
  const [form, setForm] = useState<ApplicationSearchForm>(EMPTY_SEARCH);
  const [query, setQuery] = useState<{ form: ApplicationSearchForm; page: number } | null>(null);
  const found = useLoad(
    async () => (query ? api.intake.get<Page<ApplicationSummary>>('/applications', { ...query.form, page: query.page, pageSize: PAGE_SIZE }) : null),
    [api, query],
  );
  const set =
    <K extends keyof ApplicationSearchForm>(key: K) =>
    (value: ApplicationSearchForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const search = (e: FormEvent) => {
    e.preventDefault();
    setQuery({ form: { ...form, name: form.name.trim(), uscc: form.uscc.trim(), filingNumber: form.filingNumber.trim() }, page: 1 });
  };
  const any = { value: '', label: t('common.any') };
  const years = searchableYears(dateParts(todayInShanghai(new Date())).year);

  return (
    <section>
      <h1>{t('search.title')}</h1>
      <p>{t('search.intro')}</p>
      <form className="filters" onSubmit={search} aria-label={t('search.form')}>
        <TextField type="search" label={t('registry.name')} value={form.name} onChange={set('name')} />
        <TextField label={t('search.uscc')} value={form.uscc} onChange={set('uscc')} />
        <TextField label={t('registry.filingNumber')} value={form.filingNumber} onChange={set('filingNumber')} />
        <SelectField
          label={t('common.status')}
          value={form.status}
          onChange={set('status')}
          options={[any, ...APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
        />
        <SelectField
          label={t('common.stage')}
          value={form.stage}
          onChange={set('stage')}
          options={[any, ...FILING_STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))]}
        />
        {session?.person.role !== 'district-officer' && (
          <DivisionSelect label={t('common.division')} value={form.division} onChange={set('division')} anyLabel={t('common.allDivisions')} />
        )}
        <SelectField label={t('search.year')} value={form.year} onChange={set('year')} options={[any, ...years.map((y) => ({ value: y, label: y }))]} />
        <CheckboxField label={t('inbox.overdueOnly')} checked={form.overdue === 'true'} onChange={(on) => set('overdue')(on ? 'true' : '')} />
        <SelectField
          label={t('search.sort')}
          value={form.sort}
          onChange={set('sort')}
          options={APPLICATION_SORTS.map((s) => ({ value: s, label: t(`search.sort.${s}`) }))}
        />
        <SelectField
          label={t('search.order')}
          value={form.order}
          onChange={set('order')}
          options={[
            { value: 'desc', label: t('search.order.desc') },
            { value: 'asc', label: t('search.order.asc') },
          ]}
        />
        <button type="submit">{t('registry.search')}</button>
      </form>
      <Problem error={found.error} />
      {found.data && query && (
        <>
          <p aria-live="polite">{t('search.found', { count: found.data.total })}</p>
          {found.data.total === 0 && <p>{t('search.none')}</p>}
          {found.data.total > 0 && (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('registry.space')}</th>
                    <th scope="col">{t('registry.organisation')}</th>
                    <th scope="col">{t('common.division')}</th>
                    <th scope="col">{t('common.status')}</th>
                    <th scope="col">{t('search.submittedOn')}</th>
                    <th scope="col">{t('search.due')}</th>
                    <th scope="col">{t('registry.filingNumber')}</th>
                  </tr>
                </thead>
                <tbody>
                  {found.data.items.map((a) => (
                    <tr key={a.applicationId}>
                      <td data-label={t('registry.space')}>
                        <a href={`#/review/${encodeURIComponent(a.applicationId)}`}>{a.spaceName}</a>
                      </td>
                      <td data-label={t('registry.organisation')}>
                        {a.organisationName}
                        <br />
                        <code translate="no">{a.uscc}</code>
                      </td>
                      <td data-label={t('common.division')}>{divisionName(a.divisionCode, lang)}</td>
                      <td data-label={t('common.status')}>
                        <span className="badge">{t(`status.${a.status}`)}</span>
                        {a.stage && ` ${t.optional(`stage.${a.stage}`, a.stage)}`}
                      </td>
                      <td data-label={t('search.submittedOn')}>{a.submittedOn ?? t('common.none')}</td>
                      <td data-label={t('search.due')}>
                        {a.dueOn ? dueWords(a.dueOn as CalendarDate)[lang] : t('common.none')}
                        {a.overdue && <span className="badge bad">{t('inbox.overdue')}</span>}
                      </td>
                      <td data-label={t('registry.filingNumber')}>{a.filingNumber ?? t('common.none')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager page={query.page} pageSize={found.data.pageSize} total={found.data.total} onPage={(page) => setQuery({ ...query, page })} />
        </>
      )}
    </section>
  );
}
