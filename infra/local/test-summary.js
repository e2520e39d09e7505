// Adds up the per-project results written by jest-summary-reporter.js and prints the closing lines:
// every failed test with its first error lines, each project's counts, then one total line.
const fs = require('node:fs');
const path = require('node:path');
const dir = process.argv[2];
// Only the reporter's files: suites may keep other results there too (the console's screenshots).
const results = (fs.existsSync(dir) ? fs.readdirSync(dir) : [])
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));

for (const r of results) {
  for (const f of r.failures ?? []) {
    console.log(`FAILED ${r.project}: ${path.relative(process.cwd(), f.file)} › ${f.test}`);
    console.log(
      f.error
        .split('\n')
        .map((l) => `    ${l}`)
        .join('\n'),
    );
  }
}
let passed = 0,
  failed = 0,
  skipped = 0,
  brokenSuites = 0;
for (const r of results) {
  passed += r.passed;
  failed += r.failed;
  skipped += r.skipped;
  brokenSuites += r.brokenSuites;
  console.log(`  ${r.project.padEnd(14)} ${r.passed} passed, ${r.failed} failed${r.brokenSuites ? `, ${r.brokenSuites} suites failed to run` : ''}`);
}
failed += brokenSuites;
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
