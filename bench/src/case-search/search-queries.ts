import { usccOf } from './seed-cases';

/** A person searching, as the development issuer signs them in. */
export interface Searcher {
  id: string;
  role: 'city-officer' | 'district-officer' | 'applicant';
  scope?: string;
}

export const CITY: Searcher = { id: 'bench-city', role: 'city-officer' };
export const TIEDONG: Searcher = { id: 'bench-tiedong', role: 'district-officer', scope: '210302' };

/** The searches staff make, each a query string of GET /applications and who makes it. */
export const SEARCHES: readonly { name: string; as: Searcher; query: (i: number) => string }[] = [
  { name: 'name, 2 characters (no trigram)', as: CITY, query: (i) => `name=${encodeURIComponent(['众创', '创客', '鞍钢', '智造'][i % 4])}` },
  { name: 'name, 4 characters', as: CITY, query: (i) => `name=${encodeURIComponent(['鞍钢智造', '铁东创客', '青年众创', '海城双创'][i % 4])}` },
  { name: 'name, 6 characters, district', as: TIEDONG, query: (i) => `name=${encodeURIComponent(['鞍山科技创客', '高新数字孵化', '千山青年众创'][i % 3])}` },
  { name: 'organisation name', as: CITY, query: (i) => `name=${encodeURIComponent(['材料有限公司', '投资有限公司'][i % 2])}` },
  { name: 'USCC', as: CITY, query: (i) => `uscc=${usccOf((i * 7919) % 30_000)}` },
  { name: 'filing number', as: CITY, query: (i) => `filingNumber=${encodeURIComponent(`〕${String((i * 131) % 20_000).padStart(5, '0')}`)}` },
  { name: 'status, stage, year', as: CITY, query: (i) => `status=IN_REVIEW&stage=${['RE_REVIEW', 'EXPERT_REVIEW'][i % 2]}&year=${2022 + (i % 5)}` },
  { name: 'district overdue', as: TIEDONG, query: () => 'overdue=true' },
  { name: 'city, sorted by name, page 50', as: CITY, query: () => 'sort=spaceName&order=asc&page=50' },
  { name: 'city, everything, newest first', as: CITY, query: () => '' },
];
