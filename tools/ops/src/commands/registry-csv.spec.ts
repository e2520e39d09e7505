import { REGISTRY_CSV, RegistrySpace } from './registry-csv';

const space = (over: Partial<RegistrySpace> = {}): RegistrySpace => ({
  id: 's-1',
  filingNumber: '鞍科众备〔2025〕001',
  name: '鞍山创客空间',
  organisationId: 'org-1',
  divisionCode: '210302',
  filedOn: '2025-06-01',
  status: 'ACTIVE',
  revokedOn: null,
  revokedArticle: null,
  revokedReason: null,
  ...over,
});

describe('the registry export', () => {
  it('has a header after a byte-order mark and one line a space, empty cells for what a space lacks', () => {
    expect(REGISTRY_CSV.file([space()])).toBe(
      '\uFEFFfiling_number,space_name,space_id,organisation_id,division_code,filed_on,status,revoked_on,revoked_article,revoked_reason\r\n' +
        '鞍科众备〔2025〕001,鞍山创客空间,s-1,org-1,210302,2025-06-01,ACTIVE,,,\r\n',
    );
  });

  it('gives a space named =HYPERLINK(...) to the spreadsheet as text', () => {
    const line = REGISTRY_CSV.lines([space({ name: '=HYPERLINK("http://evil.example","点击")' })]);
    expect(line).toContain(`,"'=HYPERLINK(""http://evil.example"",""点击"")",s-1,`);
  });

  it('neutralises a revocation reason that starts like a formula', () => {
    expect(REGISTRY_CSV.lines([space({ status: 'REVOKED', revokedReason: '-1+cmd|calc' })])).toContain(",'-1+cmd|calc\r\n");
  });
});
