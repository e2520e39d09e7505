// Throughput of the full Art. 5 check (every verdict, both languages) on one core.
// Run: npx nx run policy:bench
//
// Rates are counted against the CPU time the process used, so time the machine spends on other
// work does not count. The machine may still be shared, so the check runs in rounds and the best
// and median rounds are both printed.
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
round(batch, WARM_UP_CHECKS);
const rates = Array.from({ length: ROUNDS }, () => round(batch, CHECKS_PER_ROUND)).sort((a, b) => a - b);
const format = (value: number) => Math.round(value).toLocaleString('en');

console.log(`full Art. 5 checks per second of CPU time, one core: best ${format(rates[ROUNDS - 1])}, median ${format(rates[ROUNDS >> 1])}`);
console.log(`  ${ROUNDS} rounds of ${format(CHECKS_PER_ROUND)} checks (${CONDITION_COUNT} verdicts each), worst ${format(rates[0])}`);
console.log(`  ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
