import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, lockDataDir } from '../../server/db/data-dir-lock.ts';
import { openPgliteDatabase } from '../../server/db/pglite-database.ts';
import type { SqlDatabase } from '../../server/db/sql-database.ts';

/** The process a data folder's lock names (its first word; the rest is that lock's own token). */
async function lockPid(dir: string): Promise<number> {
  return Number((await readFile(join(dir, LOCK_FILE), 'utf8')).split(/\s/u)[0]);
}

/** Two servers on one PGlite folder would corrupt it: the second is refused, a dead holder's lock is not. */
describe('one server per PGlite data folder', () => {
  let dir = '';
  const open: SqlDatabase[] = [];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pa-lock-'));
  });
  afterEach(async () => {
    for (const db of open.splice(0)) await db.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a second open while the first holds the folder, and allows it after a close', async () => {
    const first = await openPgliteDatabase(dir);
    open.push(first);
    await first.query('create table kept (n integer)');
    await first.query('insert into kept values (1)');
    expect(await lockPid(dir)).toBe(process.pid);

    await expect(openPgliteDatabase(dir)).rejects.toThrow(
      /is in use by another Plan Annotator server \(process \d+\)\. Stop that server first/,
    );
    // The refused open touched nothing: the first still works.
    expect(await first.query('select n from kept')).toEqual([{ n: 1 }]);

    await first.close();
    open.splice(0);
    const again = await openPgliteDatabase(dir);
    open.push(again);
    expect(await again.query('select n from kept')).toEqual([{ n: 1 }]);
  });

  it('takes over the lock of a process that died without letting go (a SIGKILL)', async () => {
    // A real process id that is no longer running.
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    await writeFile(join(dir, LOCK_FILE), `${gone}\n`);
    const db = await openPgliteDatabase(dir);
    open.push(db);
    expect(await db.query('select 1 as one')).toEqual([{ one: 1 }]);
    expect(await lockPid(dir)).toBe(process.pid);
  });
});

describe('the lock itself', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pa-lock-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('takes over a lock naming this very process id from an earlier run (a container restarted as pid 1)', async () => {
    await writeFile(join(dir, LOCK_FILE), `${process.pid}\n`);
    const release = await lockDataDir(dir);
    await expect(lockDataDir(dir)).rejects.toThrow(/in use by another Plan Annotator server/);
    await release();
    await expect(readFile(join(dir, LOCK_FILE), 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('lets exactly one of many simultaneous starts win over a stale lock', async () => {
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    // Many rounds: the race (a start taking over a stale lock while another moves or removes it) is
    // a matter of interleaving, and one round rarely shows it.
    for (let round = 0; round < 40; round++) {
      await writeFile(join(dir, LOCK_FILE), `${gone}\n`);
      // Eight starts at once, all finding the dead holder's lock: they race through the file system
      // (claiming the stale lock, removing it, linking a new one in place) as separate servers would.
      const attempts = await Promise.allSettled(Array.from({ length: 8 }, () => lockDataDir(dir)));
      const won = attempts.filter((a) => a.status === 'fulfilled');
      expect(won, `round ${round}`).toHaveLength(1);
      for (const lost of attempts.filter((a) => a.status === 'rejected')) {
        expect(String((lost as PromiseRejectedResult).reason)).toMatch(/in use|keep starting/);
      }
      expect(await lockPid(dir)).toBe(process.pid);
      await (won[0] as PromiseFulfilledResult<() => Promise<void>>).value();
      // Nothing is left behind: no lock, no claim, no file written aside.
      expect(await readdir(dir)).toEqual([]);
    }
  });

  it('takes over a stale lock whose first taker died halfway, leaving its claim', async () => {
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    const stale = `${gone}\n`;
    await writeFile(join(dir, LOCK_FILE), stale);
    // The claim a start that died mid-takeover would leave: named after the stale lock, naming a dead process.
    const claim = `${LOCK_FILE}.${createHash('sha256').update(stale).digest('hex').slice(0, 16)}.takeover`;
    await writeFile(join(dir, claim), `${gone} 0b5e7c1e\n`);
    const attempts = await Promise.allSettled(Array.from({ length: 4 }, () => lockDataDir(dir)));
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    expect(await lockPid(dir)).toBe(process.pid);
    expect(await readdir(dir)).toEqual([LOCK_FILE]);
    await (
      attempts.find((a) => a.status === 'fulfilled') as PromiseFulfilledResult<() => Promise<void>>
    ).value();
    expect(await readdir(dir)).toEqual([]);
  });

  it('treats a damaged lock (no process named) as stale', async () => {
    await writeFile(join(dir, LOCK_FILE), 'not a pid\n');
    const release = await lockDataDir(dir);
    expect(await lockPid(dir)).toBe(process.pid);
    await release();
  });
});
