/**
 * `web-ext lint` on dist/firefox. Fails on any error, and on any warning but the kinds the README
 * explains: code that bundled libraries carry and that never runs with our data (see "Firefox" in the
 * README). Each remaining warning is printed with its file, so a new one is seen and judged.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const sourceDir = process.argv[2] ?? `${root}dist/firefox`;

/** Warning codes explained in the README, and only where bundled library code lives. */
const EXPLAINED = new Map([
  [
    'DANGEROUS_EVAL',
    'zod probes for `new Function` and pdf.js can compile fonts with it; MV3 forbids both, and both fall back',
  ],
  [
    'UNSAFE_VAR_ASSIGNMENT',
    "Preact's dangerouslySetInnerHTML branch (our code never uses it; eslint bans it) and pdf.js's worker import",
  ],
]);
const BUNDLED = /^(assets|content-scripts)\//;

let output;
try {
  output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', sourceDir, '--output', 'json'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
} catch (error) {
  // web-ext exits non-zero when it finds errors; the JSON report is still on stdout.
  output = /** @type {{ stdout?: string }} */ (error).stdout ?? '';
}
const report = JSON.parse(output);
const unexplained = [];
for (const error of report.errors)
  unexplained.push(`error ${error.code} ${error.file ?? ''}: ${error.message}`);
for (const warning of report.warnings) {
  const line = `${warning.code} in ${warning.file ?? 'manifest'}: ${warning.message}`;
  if (EXPLAINED.has(warning.code) && BUNDLED.test(warning.file ?? '')) {
    console.log(`explained: ${line} (${EXPLAINED.get(warning.code)})`);
  } else {
    unexplained.push(`warning ${line}`);
  }
}
for (const notice of report.notices) console.log(`notice ${notice.code}: ${notice.message}`);
if (unexplained.length > 0) {
  console.error(`web-ext lint found ${unexplained.length} problem(s) not explained in the README:`);
  for (const line of unexplained) console.error(`  ${line}`);
  process.exit(1);
}
console.log(`web-ext lint: 0 errors, ${report.warnings.length} explained warnings in ${sourceDir}`);
