/** Every `serve` setting is checked before anything opens: a bad value is refused with a message naming it. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/server-process.ts';

const run = promisify(execFile);

async function serve(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stderr: string }> {
  try {
    await run(process.execPath, ['bin/plan-annotator.js', 'serve', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      timeout: 60_000,
    });
    return { code: 0, stderr: '' };
  } catch (error) {
    const { code, stderr } = error as { code: number; stderr: string };
    return { code, stderr };
  }
}

describe('serve settings', () => {
  it.each([
    [['--port', '99999'], {}, /PORT \(--port\) must be a whole number from 0 to 65535, not "99999"/],
    [[], { PORT: 'eighty' }, /PORT .* not "eighty"/],
    [
      [],
      { LOG_LEVEL: 'loud' },
      /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, not "loud"/,
    ],
    [['--shutdown-grace', '-1'], {}, /SHUTDOWN_GRACE_SECONDS/],
    [[], { SIGNUPS_PER_HOUR: '0' }, /SIGNUPS_PER_HOUR .* from 1/],
    [[], { TRUST_PROXY: 'everyone' }, /everyone/],
    [[], { DATABASE_URL: 'mysql://db/x' }, /postgres:\/\//],
    [['--nonsense'], {}, /nonsense/],
  ] as const)('refuses %j %j', { timeout: 60_000 }, async (args, env, message) => {
    const answer = await serve([...args], env);
    expect(answer.code).toBe(2);
    expect(answer.stderr).toMatch(message);
  });
});
