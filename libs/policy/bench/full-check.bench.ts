// Throughput of the full Art. 5 check (every verdict with both messages) on one core.
// Run: npx nx run policy:bench
//
// The rate is counted against the CPU time the process used, so a busy machine slows the run but
// not the figure; wall-clock time is printed beside it.
import { cpus } from 'node:os';
import { ANSHAN_2020, type FilingCheckInput, checkFilingConditions, testing } from '../src';

const WARM_UP_CHECKS = 300_000;
const MEASURED_CHECKS = 900_000;

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

function run(batch: readonly FilingCheckInput[], checks: number) {
  let passed = 0;
  const cpuBefore = process.cpuUsage();
  const wallBefore = process.hrtime.bigint();
  for (let i = 0; i < checks; i += 1) {
    if (checkFilingConditions(batch[i % batch.length], ANSHAN_2020).passed) passed += 1;
  }
  const cpu = process.cpuUsage(cpuBefore);
  return {
    passed,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    wallSeconds: Number(process.hrtime.bigint() - wallBefore) / 1e9,
  };
}

const batch = inputs();
run(batch, WARM_UP_CHECKS);
const { passed, cpuSeconds, wallSeconds } = run(batch, MEASURED_CHECKS);
const format = (value: number) => Math.round(value).toLocaleString('en');

console.log(`full Art. 5 checks: ${format(MEASURED_CHECKS / cpuSeconds)} per second of CPU time on one core`);
console.log(
  `  ${format(MEASURED_CHECKS)} checks (${format(passed)} passed) in ${cpuSeconds.toFixed(2)} s CPU, ` +
    `${wallSeconds.toFixed(2)} s wall (${format(MEASURED_CHECKS / wallSeconds)} per second of wall time)`,
);
console.log(`  ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
