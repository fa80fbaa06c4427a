/**
 * A round's pull: the change feed read page by page from the account's cursor, each page asked for
 * while the one before it is read and stored, so the server builds it meanwhile.
 */
import type { SyncRecord } from '../../core/sync/protocol.ts';
import { MAX_BATCHES, type Round } from './sync-round.ts';
import type { OpenedPage } from './sync-server.ts';
import type { SyncSettings } from './sync-settings.ts';

const PAGE = 200;

/**
 * Reads the feed until caught up, at most MAX_BATCHES pages; answers true when the page budget ran out
 * with more to read (another round should follow at once).
 */
export async function pullChanges(round: Round): Promise<boolean> {
  const { server, settings, account, records } = round;
  const ask = (cursor: string) => {
    const stop = new AbortController();
    const page = server.openChanges(cursor, PAGE, stop.signal);
    // Awaited in its turn; a failure before then must not count as unhandled.
    page.catch(() => undefined);
    return { page, stop: () => stop.abort() };
  };
  let ahead: ReturnType<typeof ask> | null = ask(await records.cursor(account));
  try {
    for (let n = 0; n < MAX_BATCHES && ahead; n++) {
      const current: OpenedPage = await ahead.page;
      // Ask for the next page at once, so that the server builds it while this one is read and stored.
      ahead = current.next !== null && n + 1 < MAX_BATCHES ? ask(current.next) : null;
      const changes = await current.read();
      const remote = changes.changes.map((record) => ({
        record,
        creatorName: nameOf(record, settings),
      }));
      const touched = await records.applyRemote(account, remote);
      await records.saveCursor(account, changes.cursor);
      if (touched.length > 0) round.changed(touched);
      if (!changes.more) return false;
      if (current.next !== changes.cursor) {
        // The body has the last word: without the header (an older server) or with another cursor
        // in it, the page asked for ahead is given up and the next one asked for from the body.
        ahead?.stop();
        ahead = n + 1 < MAX_BATCHES ? ask(changes.cursor) : null;
      }
    }
    // The page budget ran out with more to read.
    return true;
  } finally {
    // Whatever ended the pull (caught up, a failure, another account), nothing is left asked for.
    ahead?.stop();
  }
}

/** The creator's name: the server's when it sends one, ours for our own records. */
function nameOf(record: SyncRecord, settings: SyncSettings): string | null {
  if (record.creatorName !== undefined) return record.creatorName;
  return record.creator === settings.user?.id ? settings.user.username : null;
}
