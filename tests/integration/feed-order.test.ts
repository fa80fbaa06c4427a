import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/core/model/annotation.ts';
import type { SqlDatabase } from '../../server/db/sql-database.ts';
import { putAnnotation, putInTransaction } from '../../server/store/annotation-writes.ts';
import { readChangePage } from '../../server/store/change-feed.ts';
import { buildApp } from './support/app.ts';
import { annotation, signUp, MANY_SIGNUPS, type Account } from './support/api-client.ts';
import { forEachStore, type OpenStore } from './support/stores.ts';

/**
 * Writers no longer queue behind one lock, so their transactions commit in any order. The feed must still
 * be gap-free and in order: a reader never moves past a change that commits later with a lower position.
 * These tests hold write transactions open on purpose and commit them out of order, with a reader
 * pulling all the while.
 */

interface Seen {
  id: string;
  seq: bigint;
}

/** One pull from `since` to the end of what is readable now. */
async function pull(
  db: SqlDatabase,
  reader: string,
  since: string,
): Promise<{ seen: Seen[]; cursor: string }> {
  const seen: Seen[] = [];
  let cursor = since;
  for (;;) {
    const page = await readChangePage(db, reader, cursor, 100);
    for (const json of page.changes) {
      const change = JSON.parse(json) as { id: string; seq: string };
      seen.push({ id: change.id, seq: BigInt(change.seq) });
    }
    cursor = page.cursor;
    if (!page.more) return { seen, cursor };
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  const gate: { resolve: () => void } = { resolve: () => undefined };
  const promise = new Promise<void>((r) => (gate.resolve = r));
  return { promise, resolve: () => gate.resolve() };
}

/** Whether every position is above the one before it. */
function ascending(seen: readonly Seen[]): boolean {
  return seen.every((s, i) => i === 0 || s.seq > (seen[i - 1] as Seen).seq);
}

forEachStore('change feed order', (kind) => {
  let store: OpenStore;
  let app: FastifyInstance;
  let writer: Account;

  beforeAll(async () => {
    store = await kind.open();
    app = await buildApp(store.db, MANY_SIGNUPS);
    writer = await signUp(app, 'writer');
  });
  afterAll(async () => {
    await app?.close();
    await store?.dispose();
  });

  const record = (comment: string): Annotation =>
    annotation({ visibility: 'private', body: { comment, tags: [] } });

  it('hands out positions that grow with each write, and reads them back in order', async () => {
    const start = (await pull(store.db, writer.id, '0')).cursor;
    const written: string[] = [];
    for (let i = 0; i < 5; i++) {
      const a = record(`in order ${i}`);
      await putAnnotation(store.db, writer.id, { kind: 'create' }, a, null);
      written.push(a.id);
    }
    const { seen } = await pull(store.db, writer.id, start);
    expect(seen.map((s) => s.id)).toEqual(written);
    expect(ascending(seen)).toBe(true);
  });

  // Only PostgreSQL has concurrent writers (PGlite has one connection); a skipped test would fail CI's
  // no-skip check, so the block exists only there.
  if (kind.name !== 'PostgreSQL') return;
  describe('with writers committing out of order', () => {
    it('does not move a reader past a write that is still running when a later one has committed', async () => {
      const start = (await pull(store.db, writer.id, '0')).cursor;
      const first = record('taken first, committed last');
      const second = record('taken second, committed first');
      const hold = deferred();
      const taken = deferred();
      const slow = store.db.transaction(async (tx) => {
        await putInTransaction(tx, writer.id, { kind: 'create' }, first, null);
        taken.resolve();
        await hold.promise;
      });
      await taken.promise;
      await putAnnotation(store.db, writer.id, { kind: 'create' }, second, null);

      // The second write has committed, but the first, below it, has not: the reader sees neither yet,
      // and its cursor stays below the first.
      const early = await pull(store.db, writer.id, start);
      expect(early.seen).toEqual([]);

      hold.resolve();
      await slow;
      const late = await pull(store.db, writer.id, early.cursor);
      expect(late.seen.map((s) => s.id)).toEqual([first.id, second.id]);
    });

    it('keeps the feed gap-free and in order with 32 writers committing in any order', async () => {
      const start = (await pull(store.db, writer.id, '0')).cursor;
      const others = await Promise.all(
        Array.from({ length: 4 }, (_, i) => (i === 0 ? store.db : store.openAnother())),
      );
      const WRITERS = 32;
      const EACH = 12;
      const written = new Set<string>();
      let writing = true;
      // The reader pulls again and again while the writers run, as a client polling the feed would.
      const seen: Seen[] = [];
      const reader = (async () => {
        let cursor = start;
        while (writing) {
          const next = await pull(store.db, writer.id, cursor);
          seen.push(...next.seen);
          cursor = next.cursor;
        }
        const last = await pull(store.db, writer.id, cursor);
        seen.push(...last.seen);
      })();
      let pauses = 0;
      await Promise.all(
        Array.from({ length: WRITERS }, async (_, w) => {
          const db = others[w % others.length] as SqlDatabase;
          for (let i = 0; i < EACH; i++) {
            const a = record(`writer ${w} write ${i}`);
            // Hold some transactions open after their position is taken, for a varying while, so that
            // later ones commit first.
            const pause = (w * 7 + i * 13) % 5 === 0 ? 5 + ((w + i) % 4) * 10 : 0;
            await db.transaction(async (tx) => {
              await putInTransaction(tx, writer.id, { kind: 'create' }, a, null);
              if (pause > 0) {
                pauses++;
                await new Promise((resolve) => setTimeout(resolve, pause));
              }
            });
            written.add(a.id);
          }
        }),
      );
      writing = false;
      await reader;
      expect(pauses).toBeGreaterThan(0);
      // Every write exactly once, and positions strictly increasing across all the pulls.
      expect(seen.length).toBe(WRITERS * EACH);
      expect(new Set(seen.map((s) => s.id))).toEqual(written);
      expect(ascending(seen)).toBe(true);
    });
  });
});
