// CI: every test must run. Reads the JSON reports vitest wrote and fails on any skipped or todo test.
import { readFile, readdir } from 'node:fs/promises';

const dir = new URL('../test-results/', import.meta.url);
const reports = (await readdir(dir)).filter((f) => f.startsWith('vitest-') && f.endsWith('.json'));
if (reports.length === 0) {
  console.error('No vitest reports in test-results/: did the tests run?');
  process.exit(1);
}
let ran = 0;
const skipped = [];
for (const file of reports) {
  const report = JSON.parse(await readFile(new URL(file, dir), 'utf8'));
  for (const suite of report.testResults ?? []) {
    // A suite skipped as a whole (describe.skip with nothing inside) reports no tests at all.
    if ((suite.assertionResults ?? []).length === 0) skipped.push(`${suite.name}: no test ran in this file`);
    for (const test of suite.assertionResults ?? []) {
      if (test.status === 'passed' || test.status === 'failed') ran += 1;
      else skipped.push(`${suite.name}: ${test.fullName} (${test.status})`);
    }
  }
}
if (skipped.length > 0) {
  console.error(`${skipped.length} test(s) did not run:\n  ${skipped.join('\n  ')}`);
  process.exit(1);
}
console.log(`All ${ran} tests in ${reports.length} reports ran; none skipped.`);
