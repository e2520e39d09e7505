import { searchableYears } from './application-search';

describe('the years a case search offers', () => {
  it('runs from this year back to 2020, when the Measures took effect', () => {
    expect(searchableYears(2026)).toEqual(['2026', '2025', '2024', '2023', '2022', '2021', '2020']);
  });
});
