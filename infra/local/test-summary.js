// Adds up the per-project results written by jest-summary-reporter.js and prints the closing line.
const fs = require('node:fs');
const path = require('node:path');
const dir = process.argv[2];
let passed = 0, failed = 0, skipped = 0, brokenSuites = 0;
for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
  const r = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  passed += r.passed; failed += r.failed; skipped += r.skipped; brokenSuites += r.brokenSuites;
  console.log(`  ${r.project.padEnd(14)} ${r.passed} passed, ${r.failed} failed${r.brokenSuites ? `, ${r.brokenSuites} suites failed to run` : ''}`);
}
failed += brokenSuites;
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
