import { CsvTable } from '@makerspace/spreadsheet';

/** A space record as the evaluation service lists it (GET /spaces). */
export interface RegistrySpace {
  id: string;
  filingNumber: string;
  name: string;
  organisationId: string;
  divisionCode: string;
  filedOn: string;
  status: string;
  revokedOn: string | null;
  revokedArticle: string | null;
  revokedReason: string | null;
}

/** The registry of filed spaces as CSV, one space a line. */
export const REGISTRY_CSV = new CsvTable<RegistrySpace>([
  { header: 'filing_number', value: (s) => s.filingNumber },
  { header: 'space_name', value: (s) => s.name },
  { header: 'space_id', value: (s) => s.id },
  { header: 'organisation_id', value: (s) => s.organisationId },
  { header: 'division_code', value: (s) => s.divisionCode },
  { header: 'filed_on', value: (s) => s.filedOn },
  { header: 'status', value: (s) => s.status },
  { header: 'revoked_on', value: (s) => s.revokedOn },
  { header: 'revoked_article', value: (s) => s.revokedArticle },
  { header: 'revoked_reason', value: (s) => s.revokedReason },
]);
