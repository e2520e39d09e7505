/** The bureau's prefix of a filing number (鞍山市科学技术局 众创空间备案). */
const PREFIX = '鞍科众备';

/** 鞍科众备〔2026〕001: the prefix, the year of the approving meeting, the year's sequence in three digits or more. */
export function formatFilingNumber(year: number, sequence: number): string {
  return `${PREFIX}〔${year}〕${String(sequence).padStart(3, '0')}`;
}

/** The year a meeting held on `heldOn` (YYYY-MM-DD) numbers its approvals in. */
export const filingYear = (heldOn: string): number => Number(heldOn.slice(0, 4));
