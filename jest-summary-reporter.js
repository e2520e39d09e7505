// Writes each project's test counts, and the name and first error lines of every failed test, to
// $TEST_RESULTS_DIR, for the closing lines of `npm test` (a CI log is often read from its tail).
const fs = require('node:fs');
const path = require('node:path');

const ERROR_LINES = 12;

function failuresOf(results) {
  const failures = [];
  for (const suite of results.testResults) {
    if (suite.testExecError) {
      failures.push({ file: suite.testFilePath, test: '(suite failed to run)', error: firstLines(suite.testExecError.message) });
    }
    for (const t of suite.testResults) {
      if (t.status !== 'failed') continue;
      failures.push({ file: suite.testFilePath, test: t.fullName, error: firstLines(t.failureMessages.join('\n')) });
    }
  }
  return failures;
}

function firstLines(text) {
  // eslint-disable-next-line no-control-regex
  return String(text)
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .slice(0, ERROR_LINES)
    .join('\n');
}

class SummaryReporter {
  /** `options.project` names a suite that shares its project's folder (e2e's fault suite). */
  constructor(globalConfig, options = {}) {
    this.project = options.project ?? path.basename(globalConfig.rootDir);
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
      failures: failuresOf(results),
    };
    fs.writeFileSync(path.join(dir, `${this.project}-${process.pid}.json`), JSON.stringify(summary));
  }
}

module.exports = SummaryReporter;
