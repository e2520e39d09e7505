// Throughput of the full Art. 5 check (every verdict, both languages) on one core.
// Run: npx nx run policy:bench
//
// Rates are counted against the CPU time the process used, so time the machine spends on other
// work does not count. The machine may still be shared, so the check runs in rounds and the best
// and median rounds are both printed. The same machine runs the same code at very different speeds
// on different days (223,000/s one day, 95,000/s another), so each round of checks is paired with a
// round of a baseline: the same declarations parsed from their JSON and read field by field by a
// plain loop, as fast as the machine runs plain JavaScript that day. Their ratio is what the code
// is worth, whatever the machine.
import { cpus } from 'node:os';
import { ANSHAN_2020, CONDITION_COUNT, type FilingCheckInput, checkFilingConditions, testing } from '../src';

const WARM_UP_CHECKS = 300_000;
const ROUNDS = 7;
const CHECKS_PER_ROUND = 300_000;

/** A mix of inputs: one passing, one failing many rules, one with flagged residents and activities. */
function inputs(): FilingCheckInput[] {
  const passing = testing.aQualifyingApplication();
  const failing = testing.aQualifyingApplication({
    organisation: { registeredOn: '2021-03-01', independentLegalPerson: false, uscc: '91210302MA0Y4Q2X5A' },
    figures: {
      totalAreaM2: 499.99,
      startupWorkstations: 14,
      mentors: [],
      staff: { total: 10, professionalIncubation: 5, property: 6 },
    },
  });
  const flagged = testing.aQualifyingApplication({
    figures: {
      residents: [...testing.someResidents(16, '2020-09-01'), ...testing.someResidents(3, '2017-01-01')],
      activities: testing.someActivities(30, '2021-06-01'),
    },
  });
  return [passing, failing, flagged];
}

/**
 * The baseline: each declaration parsed from its JSON text (as a request body is) and read by a
 * plain loop (areas, counts and every resident's and activity's date compared with a day). Per
 * second of CPU time over one round.
 */
function baselineRound(texts: readonly string[], reads: number): number {
  let valid = 0;
  const before = process.cpuUsage();
  for (let i = 0; i < reads; i += 1) {
    const input = JSON.parse(texts[i % texts.length]) as FilingCheckInput;
    const f = input.figures;
    let ok = f.totalAreaM2 >= 0 && f.startupWorkstations >= 0 && f.staff.total >= 0;
    for (const r of f.residents) ok = ok && r.movedInOn <= input.submittedOn;
    for (const a of f.activities) ok = ok && a.heldOn <= input.submittedOn;
    if (ok) valid += 1;
  }
  const used = process.cpuUsage(before);
  if (valid === 0) throw new Error('the baseline read no declaration as valid');
  return reads / ((used.user + used.system) / 1e6);
}

/** Checks per second of CPU time over one round. */
function round(batch: readonly FilingCheckInput[], checks: number): number {
  let passed = 0;
  const before = process.cpuUsage();
  for (let i = 0; i < checks; i += 1) {
    if (checkFilingConditions(batch[i % batch.length], ANSHAN_2020).passed) passed += 1;
  }
  const used = process.cpuUsage(before);
  if (passed !== Math.round((checks * 2) / 3)) throw new Error(`expected two checks in three to pass, got ${passed} of ${checks}`);
  return checks / ((used.user + used.system) / 1e6);
}

const batch = inputs();
const texts = batch.map((input) => JSON.stringify(input));
round(batch, WARM_UP_CHECKS);
baselineRound(texts, WARM_UP_CHECKS);
// Rounds of checks and of the baseline alternate, so both see the machine as it is at the time.
const pairs = Array.from({ length: ROUNDS }, () => ({ checks: round(batch, CHECKS_PER_ROUND), baseline: baselineRound(texts, CHECKS_PER_ROUND) }));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
const rates = pairs.map((p) => p.checks).sort((a, b) => a - b);
const format = (value: number) => Math.round(value).toLocaleString('en');

console.log(`full Art. 5 checks per second of CPU time, one core: best ${format(rates[ROUNDS - 1])}, median ${format(rates[ROUNDS >> 1])}`);
console.log(`  ${ROUNDS} rounds of ${format(CHECKS_PER_ROUND)} checks (${CONDITION_COUNT} verdicts each), worst ${format(rates[0])}`);
console.log(
  `baseline (the same declarations parsed from JSON and read by a plain loop): median ${format(median(pairs.map((p) => p.baseline)))}/s; checks per baseline read: median ${median(pairs.map((p) => p.checks / p.baseline)).toFixed(3)}`,
);
console.log(`  ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
