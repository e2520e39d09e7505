/** The evaluation service's answers about a year's cycle (Art. 7). */
export interface CycleProgress {
  year: number;
  workflow: { status: string; state: { phase?: string; spaces?: number } & Record<string, unknown> } | null;
  evaluations: {
    total: number;
    byStatus: Record<string, number>;
    confirmedByGrade: Record<string, number>;
    reportsFiled: number;
    reportsMissed: number;
  };
}

export interface EvaluationResult {
  spaceId: string;
  year: number;
  divisionCode: string;
  status: 'REQUESTED' | 'SCORED' | 'CONFIRMED';
  grade: string | null;
  scoredGrade: string | null;
  score: number | null;
  spaceName: string | null;
  filingNumber: string | null;
}

export interface Recommendation {
  year: number;
  spaceId: string;
  filingNumber: string;
  spaceName: string;
  divisionCode: string;
  grade: string;
  score: number;
  recommendedOn: string;
}

/** What a district's bar shows: evaluations counted by grade once confirmed, else by where they stand. */
export type Tally = Record<string, number>;

/** Results counted per division: the confirmed grade, or the status of those not yet confirmed. */
export function resultsByDivision(results: readonly EvaluationResult[]): Map<string, Tally> {
  const byDivision = new Map<string, Tally>();
  for (const r of results) {
    const tally = byDivision.get(r.divisionCode) ?? {};
    const key = r.status === 'CONFIRMED' && r.grade ? r.grade : r.status;
    tally[key] = (tally[key] ?? 0) + 1;
    byDivision.set(r.divisionCode, tally);
  }
  return byDivision;
}

/** The keys of the bars' segments in the order drawn: grades A-Z, then what is still pending. */
export function segmentOrder(tallies: Iterable<Tally>): string[] {
  const keys = new Set<string>();
  for (const tally of tallies) for (const key of Object.keys(tally)) keys.add(key);
  const grades = [...keys].filter((k) => /^[A-Z]$/.test(k)).sort();
  const pending = ['SCORED', 'REQUESTED'].filter((k) => keys.has(k));
  return [...grades, ...pending];
}
