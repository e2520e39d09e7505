// Throughput of the full Art. 5 check (every verdict with both messages) on one core.
// Run: npx nx run policy:bench
import { cpus } from 'node:os';
import { ANSHAN_2020, type FilingCheckInput, checkFilingConditions, testing } from '../src';

const DURATION_MS = 3000;
const WARM_UP_MS = 1000;

/** A mix of inputs: passing, failing many rules, and with flagged residents and old activities. */
function inputs(): FilingCheckInput[] {
  const passing = testing.aQualifyingApplication();
  const failing = testing.aQualifyingApplication({
    organisation: { registeredOn: '2021-03-01', independentLegalPerson: false, uscc: '91210302MA0Y4Q2X5A' },
    figures: { totalAreaM2: 499.99, startupWorkstations: 14, mentors: [], staff: { total: 10, professionalIncubation: 5, property: 6 } },
  });
  const flagged = testing.aQualifyingApplication({
    figures: {
      residents: [...testing.someResidents(16, '2020-09-01'), ...testing.someResidents(3, '2017-01-01')],
      activities: testing.someActivities(30, '2021-06-01'),
    },
  });
  return [passing, failing, flagged];
}

function run(batch: readonly FilingCheckInput[], durationMs: number): { checks: number; ms: number; passed: number } {
  let checks = 0;
  let passed = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(durationMs) * 1_000_000n;
  let now = start;
  while (now < end) {
    for (let i = 0; i < 1000; i += 1) {
      if (checkFilingConditions(batch[i % batch.length], ANSHAN_2020).passed) passed += 1;
    }
    checks += 1000;
    now = process.hrtime.bigint();
  }
  return { checks, ms: Number(now - start) / 1e6, passed };
}

const batch = inputs();
run(batch, WARM_UP_MS);
const { checks, ms, passed } = run(batch, DURATION_MS);
const perSecond = Math.round((checks / ms) * 1000);

console.log(`full Art. 5 checks: ${perSecond.toLocaleString('en')} per second on one core`);
console.log(`  ${checks.toLocaleString('en')} checks in ${Math.round(ms)} ms (${passed.toLocaleString('en')} passed), ${(ms * 1000 / checks).toFixed(2)} µs each`);
console.log(`  ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
