// Prints one line, `tests: N passed, N failed[, N skipped]`, summed over the Vitest and Playwright JSON reports.
// A report that is missing or unreadable counts as one failure, so a step that crashed cannot look green.
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];

for (const file of files) {
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    failed += 1;
    continue;
  }
  if (typeof report.numPassedTests === 'number') {
    // Vitest (Jest-compatible JSON).
    passed += report.numPassedTests;
    failed += report.numFailedTests ?? 0;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    // A file that fails to load has no tests but must still count as a failure.
    for (const suite of report.testResults ?? []) {
      if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed += 1;
    }
  } else if (report.stats && typeof report.stats.expected === 'number') {
    // Playwright: expected = passed, unexpected = failed, flaky = passed on retry.
    passed += report.stats.expected + (report.stats.flaky ?? 0);
    failed += report.stats.unexpected ?? 0;
    skipped += report.stats.skipped ?? 0;
    if (Array.isArray(report.errors) && report.errors.length > 0 && report.stats.unexpected === 0) {
      problems.push(`${file}: ${report.errors.length} error(s) outside tests`);
      failed += report.errors.length;
    }
  } else {
    problems.push(`${file}: not a Vitest or Playwright report`);
    failed += 1;
  }
}

for (const problem of problems) console.error(problem);
console.log(`tests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
