// Writes each project's test counts to $TEST_RESULTS_DIR, for the one closing line of `npm test`.
const fs = require('node:fs');
const path = require('node:path');

class SummaryReporter {
  constructor(globalConfig) {
    this.project = path.basename(globalConfig.rootDir);
  }

  onRunComplete(_contexts, results) {
    const dir = process.env.TEST_RESULTS_DIR;
    if (!dir) return;
    fs.mkdirSync(dir, { recursive: true });
    const summary = {
      project: this.project,
      passed: results.numPassedTests,
      failed: results.numFailedTests,
      skipped: results.numPendingTests + results.numTodoTests,
      brokenSuites: results.numRuntimeErrorTestSuites,
    };
    fs.writeFileSync(path.join(dir, `${this.project}-${process.pid}.json`), JSON.stringify(summary));
  }
}

module.exports = SummaryReporter;
