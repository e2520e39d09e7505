/**
 * The run of consecutive calendar years ending at `endYear` that all appear in `years`, oldest
 * first. A missing year breaks the run: [2020, 2021, 2023] ending at 2023 gives [2023].
 */
export function consecutiveYearsEndingAt(years: Iterable<number>, endYear: number): number[] {
  const present = new Set(years);
  const run: number[] = [];
  for (let year = endYear; present.has(year); year -= 1) run.unshift(year);
  return run;
}
