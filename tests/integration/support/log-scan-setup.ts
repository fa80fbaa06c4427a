/**
 * The integration project's global setup: before the run, a folder for what the run records
 * (run-record.ts); after it, the one scan of the whole run's log. The run fails if any log line of any
 * server holds a secret a test sent or was given, or if the log holds fewer request lines than the tests
 * were answered (less some slack for servers killed between answering and writing their line), so that
 * the scan cannot pass by reading nothing. The folder is kept when the scan fails, removed when it passes.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeScan, scanLog, worthScanning } from '../../support/log-scan.ts';
import { RUN_RECORD_DIR } from './run-record.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;

/**
 * Of the requests the tests were answered, the share whose log line must be in the run's log: not all,
 * since a server SIGKILLed by faults.test.ts may die after answering and before its line is out.
 */
export const LOGGED_SHARE = 0.9;

export default function setup(): () => void {
  const parent = join(ROOT, 'test-results');
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'integration-run-'));
  process.env[RUN_RECORD_DIR] = dir;
  // The servers the suite spawns log at the level `serve` uses by default, whatever the shell sets.
  delete process.env.LOG_LEVEL;
  return () => teardown(dir);
}

export interface RunCheck {
  summary: string;
  problems: string[];
}

/** Reads what a run recorded in `dir` and scans its log: what is wrong, if anything. */
export function checkRun(dir: string): RunCheck {
  const files = readdirSync(dir);
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const secrets = worthScanning(
    files
      .filter((name) => name.startsWith('secrets-'))
      .flatMap((name) => read(name).split('\n').filter(Boolean))
      .map((line) => JSON.parse(line) as string),
  );
  const answered = files
    .filter((name) => name.startsWith('answered-'))
    .reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
  const log = files.includes('servers.log') ? read('servers.log') : '';
  const result = scanLog(log, secrets);
  const problems: string[] = [];
  for (const leak of result.leaks.slice(0, 20)) {
    problems.push(`line ${leak.line} (${leak.server}) holds the secret ${JSON.stringify(leak.secret)}`);
  }
  if (result.leaks.length > 20) problems.push(`and ${result.leaks.length - 20} more`);
  if (answered > 0 && result.requestLines < Math.max(1, Math.floor(answered * LOGGED_SHARE))) {
    problems.push(
      `only ${result.requestLines} request lines were logged for ${answered} answered requests: ` +
        'a server the tests started did not log into the run',
    );
  }
  return { summary: `${describeScan(result)}; the tests were answered ${answered} times`, problems };
}

function teardown(dir: string): void {
  const { summary, problems } = checkRun(dir);
  console.log(`Log scan: ${summary}`);
  if (problems.length > 0) {
    // Vitest prints an error thrown here but does not fail the run for it.
    process.exitCode = 1;
    throw new Error(`The run's server log fails its scan (kept in ${dir}):\n${problems.join('\n')}`);
  }
  rmSync(dir, { recursive: true, force: true });
}
