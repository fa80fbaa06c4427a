/**
 * A round's pull: the change feed read page by page from the account's cursor. Each page is asked for
 * as soon as the headers of the one before it name it, and its body is read and checked as soon as it
 * comes, while the page before it is still being stored: the server builds the next page, and the
 * worker checks it, while the browser's database writes the last one.
 */
import type { ChangesPage, SyncRecord } from '../../core/sync/protocol.ts';
import { MAX_BATCHES, type Round } from './sync-round.ts';
import type { OpenedPage } from './sync-server.ts';
import type { SyncSettings } from './sync-settings.ts';

/** The most the server gives in one page (server/routes/changes.ts MAX_PAGE). */
const PAGE = 500;

/** A page asked for: its headers, then its body read and checked, and the way to give it up. */
interface Asked {
  page: Promise<OpenedPage>;
  changes: Promise<ChangesPage>;
  stop(): void;
}

/**
 * Reads the feed until caught up, at most MAX_BATCHES pages; answers true when the page budget ran out
 * with more to read (another round should follow at once).
 */
export async function pullChanges(round: Round): Promise<boolean> {
  const { server, settings, account, records } = round;
  // The version of each annotation this pull stored, by id: the feed may bring one again in a later
  // page (after a join, the group's annotations come once more at the join's place in the feed), and
  // that copy is neither checked nor read from the database again (sync-store.ts `applyRemote`).
  const stored = new Map<string, number>();
  const known = (id: string, version: number) => (stored.get(id) ?? 0) >= version;
  const ask = (cursor: string): Asked => {
    const stop = new AbortController();
    const page = server.openChanges(cursor, PAGE, stop.signal);
    const changes = page.then((opened) => opened.read(known));
    // Awaited in their turn; a failure before then must not count as unhandled.
    page.catch(() => undefined);
    changes.catch(() => undefined);
    return { page, changes, stop: () => stop.abort() };
  };
  let current: Asked | null = ask(await records.cursor(account));
  let ahead: Asked | null = null;
  // From the second page on, the ids the stores hold, listed once (sync-store.ts `presentIds`).
  let present: Set<string> | undefined;
  try {
    for (let n = 0; n < MAX_BATCHES && current; n++) {
      const opened: OpenedPage = await current.page;
      // Ask for the next page at once, so that the server builds it while this one is read and stored.
      ahead = opened.next !== null && n + 1 < MAX_BATCHES ? ask(opened.next) : null;
      const changes: ChangesPage = await current.changes;
      const remote = changes.changes.map((record) => ({
        record,
        creatorName: nameOf(record, settings),
      }));
      // The cursor goes in the transaction that stores the records it covers.
      const touched = await records.applyRemote(account, remote, changes.cursor, stored, present);
      // Told once a page, for every document the page touched.
      if (touched.length > 0) round.changed(touched);
      if (!changes.more) return false;
      present ??= await records.presentIds();
      if (opened.next !== changes.cursor) {
        // The body has the last word: without the header (an older server) or with another cursor
        // in it, the page asked for ahead is given up and the next one asked for from the body.
        ahead?.stop();
        ahead = n + 1 < MAX_BATCHES ? ask(changes.cursor) : null;
      }
      current = ahead;
      ahead = null;
    }
    // The page budget ran out with more to read.
    return true;
  } finally {
    // Whatever ended the pull (caught up, a failure, another account), nothing is left asked for.
    current?.stop();
    ahead?.stop();
  }
}

/** The creator's name: the server's when it sends one, ours for our own records. */
function nameOf(record: SyncRecord, settings: SyncSettings): string | null {
  if (record.creatorName !== undefined) return record.creatorName;
  return record.creator === settings.user?.id ? settings.user.username : null;
}
