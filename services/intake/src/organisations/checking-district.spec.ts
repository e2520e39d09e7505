import { checkingDistrict } from './checking-district';

describe('the district that checks an organisation (Art. 6(1))', () => {
  it("is the one named, else the registering authority's division in the USCC", () => {
    expect(checkingDistrict('52210302MJ1234567X', undefined)).toBe('210302');
    expect(checkingDistrict('52210302MJ1234567X', '210321')).toBe('210321');
  });

  it('must be named when the code was registered by the city or outside it, and must be of the jurisdiction', () => {
    expect(checkingDistrict('91210300MA0QX12348', undefined)).toMatchObject({ field: 'divisionCode', rule: 'required' });
    expect(checkingDistrict('52210302MJ1234567X', '110101')).toMatchObject({ field: 'divisionCode', rule: 'jurisdiction', article: 'Art. 6(1)' });
  });
});
