import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** The file in a PGlite data folder that names the process using it. */
export const LOCK_FILE = 'plan-annotator.lock';

/** The lock files this process holds, so a second open here is refused even though the pid is ours. */
const held = new Set<string>();

/**
 * PGlite is one process's database: two servers writing one data folder would corrupt it. The first to
 * open the folder creates a lock file naming its process; another process, or a second open in the same
 * one, is refused while that holder runs. A lock left by a process that died (a crash, SIGKILL), or by
 * an earlier run that had this very process id (a container restarts as pid 1), is taken over, so a
 * killed server restarts on its data without help.
 *
 * The lock appears complete or not at all (written aside, then hard-linked into place), and a stale one
 * is moved away before it is removed, so two servers starting together never both win.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const path = join(resolve(dataDir), LOCK_FILE);
  if (held.has(path)) throw inUse(dataDir, process.pid);
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await create(path)) {
      return async () => {
        held.delete(path);
        // Only our own lock: never remove one another process took over.
        if ((await holder(path)) === process.pid) await unlink(path).catch(() => undefined);
      };
    }
    const pid = await holder(path);
    if (pid !== null && running(pid, path)) throw inUse(dataDir, pid);
    await removeStale(path, pid);
  }
  throw new Error(`Could not lock the data folder ${dataDir}: other servers keep starting on it.`);
}

function inUse(dataDir: string, pid: number): Error {
  return new Error(
    `The data folder ${dataDir} is in use by another Plan Annotator server (process ${pid}). ` +
      'Stop that server first, or start this one with another --data folder.',
  );
}

/** Puts a lock naming this process in place, atomically; false when one is already there. */
async function create(path: string): Promise<boolean> {
  const aside = `${path}.${process.pid}.${randomUUID()}`;
  await writeFile(aside, `${process.pid}\n`);
  try {
    await link(aside, path);
    // At once, before any other await: a second open in this process must find it held.
    held.add(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(aside).catch(() => undefined);
  }
}

/**
 * Removes the lock found to name `stalePid` (null: unreadable). It is first moved aside, which only one
 * remover can do; if what was moved names someone else (a server that took over meanwhile), it goes back.
 */
async function removeStale(path: string, stalePid: number | null): Promise<void> {
  const aside = `${path}.stale.${randomUUID()}`;
  try {
    await rename(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    if ((await holder(aside)) !== stalePid) await link(aside, path).catch(() => undefined);
  } finally {
    await unlink(aside).catch(() => undefined);
  }
}

async function holder(path: string): Promise<number | null> {
  const text = await readFile(path, 'utf8').catch(() => '');
  const pid = Number.parseInt(text.trim(), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/**
 * Whether the process `pid` still holds the lock at `path`: this process if it took that lock itself
 * (else the pid is a past run's), another while it lives (a zombie has ended).
 */
function running(pid: number, path: string): boolean {
  if (pid === process.pid) return held.has(path);
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // Linux: "pid (name) S ...": the state after the name's closing parenthesis; Z is a zombie.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}
