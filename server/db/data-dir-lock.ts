import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { link, readFile, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** The file in a PGlite data folder that names the process using it. */
export const LOCK_FILE = 'plan-annotator.lock';

/**
 * The lock and claim files this process holds, each with the exact text it wrote there. A file naming
 * this process's id with other text is a past run's (a container restarted with the same pid).
 */
const held = new Map<string, string>();

/**
 * PGlite is one process's database: two servers writing one data folder would corrupt it. The first to
 * open the folder creates a lock file naming its process; another process, or a second open in the same
 * one, is refused while that holder runs. A lock left by a process that died (a crash, SIGKILL), or by
 * an earlier run that had this very process id (a container restarts as pid 1), is taken over, so a
 * killed server restarts on its data without help.
 *
 * Every lock appears complete or not at all (written aside, then hard-linked into place) and carries a
 * token of its own, so that one lock is never mistaken for another naming the same process. A stale lock
 * is removed only by the one start that wins the claim on that very lock (see `removeStale`), so two
 * servers starting together never both win, and none removes a lock another has just taken.
 *
 * Whether a holder lives is asked of this machine's processes, so all of this holds for servers that
 * see one another's processes: not for two containers (each its own pid 1) or two hosts sharing one
 * folder. A PGlite folder belongs to one server; give each container its own volume.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const path = join(resolve(dataDir), LOCK_FILE);
  if (held.has(path)) throw inUse(dataDir, process.pid);
  for (let attempt = 0; attempt < 20; attempt++) {
    const mine = await create(path);
    if (mine !== null) return () => release(path, mine);
    const found = await read(path);
    if (found === null) continue; // removed meanwhile: try again
    const pid = pidOf(found);
    if (pid !== null && running(pid, path, found)) throw inUse(dataDir, pid);
    // False while another start is taking this stale lock over: give it a moment, then look again.
    if (!(await removeStale(path, found))) await pause(attempt);
  }
  throw new Error(`Could not lock the data folder ${dataDir}: other servers keep starting on it.`);
}

function inUse(dataDir: string, pid: number): Error {
  return new Error(
    `The data folder ${dataDir} is in use by another Plan Annotator server (process ${pid}). ` +
      'Stop that server first, or start this one with another --data folder.',
  );
}

/** Puts a file naming this process in place, atomically: the text written, or null when one is already there. */
async function create(path: string): Promise<string | null> {
  const text = `${process.pid} ${randomUUID()}\n`;
  const aside = `${path}.${process.pid}.${randomUUID()}`;
  await writeFile(aside, text);
  try {
    await link(aside, path);
    // At once, before any other await: a second open in this process must find it held.
    held.set(path, text);
    return text;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return null;
    throw error;
  } finally {
    await unlink(aside).catch(() => undefined);
  }
}

/**
 * Removes a file this process put in place. It is still ours when read: while `held` maps it to our text
 * nobody takes it for stale, and nobody else can create it while it exists. Forgotten only after it is
 * gone, and only if `held` still names our text (another open here may have created it again since).
 */
async function release(path: string, mine: string): Promise<void> {
  if ((await read(path)) === mine) await unlink(path).catch(() => undefined);
  if (held.get(path) === mine) held.delete(path);
}

/**
 * Removes the stale file at `path` whose text was `found`, unless it was replaced meanwhile. Many starts
 * can find the same stale lock at once, so only the one that creates the claim named after that lock's
 * text may remove it, and it removes it only if the file still holds that text. The claim is an ordinary
 * file of this kind: if its own holder died halfway, it is stale in turn and taken over the same way.
 * True when the stale file is gone (or was replaced); false while another live start holds the claim.
 */
async function removeStale(path: string, found: string): Promise<boolean> {
  const claim = `${path}.${createHash('sha256').update(found).digest('hex').slice(0, 16)}.takeover`;
  for (let attempt = 0; attempt < 5; attempt++) {
    const mine = await create(claim);
    if (mine !== null) {
      try {
        if ((await read(path)) === found) await unlink(path).catch(() => undefined);
      } finally {
        await release(claim, mine);
      }
      return true;
    }
    const claimer = await read(claim);
    if (claimer === null) continue; // released meanwhile: try to claim again
    const pid = pidOf(claimer);
    if (pid !== null && running(pid, claim, claimer)) return false;
    await removeStale(claim, claimer);
  }
  return false;
}

/** The file's text; null when there is no such file. */
async function read(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The process a lock names: its first word. Null for a file that names none (a damaged lock is stale). */
function pidOf(text: string): number | null {
  const pid = Number.parseInt(text.trim().split(/\s/u)[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/**
 * Whether the process `pid` still holds the file at `path` with text `text`: this process if it wrote
 * that very text (else the file is a past run's), another while it lives (a zombie has ended).
 */
function running(pid: number, path: string, text: string): boolean {
  if (pid === process.pid) return held.get(path) === text;
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

/** A short, growing wait while another start finishes taking a stale lock over. */
function pause(attempt: number): Promise<void> {
  return new Promise((done) => setTimeout(done, Math.min(5 * (attempt + 1), 50)));
}
