/**
 * The engine's pull of the change feed, page by page, against the real server in process behind a proxy
 * that makes pages of two records and steps in on them: the next page asked for while one is read, and
 * each way the pull gives a page up (a Link header the body contradicts, an older server without one, a
 * failure of the page asked ahead, a switch of account halfway).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncStore } from '../../../src/background/sync/sync-store.ts';
import { loadProgress } from '../../../src/background/sync/sync-settings.ts';
import type { ChangesPage } from '../../../src/core/sync/protocol.ts';
import { call, type Account } from '../../integration/support/api-client.ts';
import { engineFixture, keyOf, newAccount, signIn, type EngineFixture } from './support/engine-fixture.ts';
import { note } from './support/local-store.ts';
import {
  startServer,
  type ChangesRequest,
  type ServerInProcess,
  type Upstream,
} from './support/server-in-process.ts';

let server: ServerInProcess;
let f: EngineFixture;
/** Five annotations on the server, read in three pages of at most two. */
let reader: Account;
let ids: string[];

// PGlite's start (a WebAssembly Postgres and its initdb) is the one slow step: seconds on a busy machine.
beforeAll(async () => {
  server = await startServer();
  reader = await newAccount(server.app, 'reader');
  ids = [];
  for (let n = 0; n < 5; n++) {
    const annotation = note({ body: { comment: `Note ${n}.`, tags: [] } });
    const answer = await call(server.app, 'PUT', `/api/annotations/${annotation.id}`, {
      token: reader.token,
      headers: { 'if-none-match': '*' },
      body: { annotation },
    });
    expect(answer.status).toBe(201);
    ids.push(annotation.id);
  }
}, 120_000);
afterAll(async () => {
  await server?.close();
});
beforeEach(async () => {
  server.reset();
  server.pageLimit = 2;
  f = await engineFixture();
  await signIn(f.engine, server.base, reader);
});
afterEach(() => {
  vi.useRealTimers();
});

function pageOf(answer: Upstream): ChangesPage {
  return JSON.parse(answer.body.toString('utf8')) as ChangesPage;
}

function answer(request: ChangesRequest, upstream: Upstream): void {
  request.head(upstream.status, upstream.headers);
  request.end(upstream.body);
}

async function storedIds(): Promise<string[]> {
  return (await f.store.all()).map((a) => a.id).sort();
}

/** The cursors the engine asked the feed from, in order. */
function asked(): string[] {
  return server.log
    .filter((line) => line.startsWith('GET /api/changes'))
    .map((line) => new URL(line.slice(4), 'http://x').searchParams.get('since') ?? '');
}

/** A promise and the function that settles it. */
function signal(): { promise: Promise<void>; fire: () => void } {
  let fire = () => {};
  const promise = new Promise<void>((resolve) => (fire = resolve));
  return { promise, fire };
}

describe('SyncEngine pull: pages of the change feed', () => {
  it('asks for the next page (from the Link header) while the one before is still coming', async () => {
    const ahead = signal();
    const cursors: string[] = [];
    server.onChanges = async (request) => {
      const upstream = await request.upstream();
      cursors.push(pageOf(upstream).cursor);
      if (request.index === 1) ahead.fire();
      if (request.index !== 0) return answer(request, upstream);
      // The first page's body waits for the second page's request: a pull that read before it asked
      // ahead would never get here.
      request.head(upstream.status, upstream.headers);
      await ahead.promise;
      request.end(upstream.body);
    };

    await f.engine.syncNow();

    expect(await storedIds()).toEqual([...ids].sort());
    expect(asked()).toEqual(['0', cursors[0], cursors[1]]);
    expect(await f.engine.records.cursor(keyOf(server.base, reader))).toBe(cursors[2]);
    expect(await loadProgress()).toMatchObject({ failures: 0, lastError: null });
  });

  it('follows the body when the Link header names another cursor, and gives up the page asked from it', async () => {
    const past = '999999999';
    let abandoned: Promise<void> | null = null;
    server.onChanges = async (request) => {
      if (request.since === past) {
        // Held unanswered: only the engine giving it up ends it.
        abandoned = request.givenUp;
        return;
      }
      const upstream = await request.upstream();
      if (upstream.headers.link) upstream.headers.link = `<changes?since=${past}&limit=2>; rel="next"`;
      answer(request, upstream);
    };

    await f.engine.syncNow();

    // Following the header would have skipped every record past the first page.
    expect(await storedIds()).toEqual([...ids].sort());
    expect(abandoned).not.toBeNull();
    await abandoned;
    expect(asked().filter((since) => since !== past)).toHaveLength(3);
    expect(await loadProgress()).toMatchObject({ failures: 0, lastError: null });
  });

  it('reads page after page from the body alone when the server sends no Link header', async () => {
    const cursors: string[] = [];
    server.onChanges = async (request) => {
      const upstream = await request.upstream();
      cursors.push(pageOf(upstream).cursor);
      delete upstream.headers.link;
      answer(request, upstream);
    };

    await f.engine.syncNow();

    expect(await storedIds()).toEqual([...ids].sort());
    expect(asked()).toEqual(['0', cursors[0], cursors[1]]);
  });

  it('keeps the pages read when the page asked ahead fails, backs off, and goes on from there', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let first: ChangesPage | null = null;
    server.onChanges = async (request) => {
      if (request.index === 1) return request.cut();
      const upstream = await request.upstream();
      first = pageOf(upstream);
      answer(request, upstream);
    };

    await f.engine.syncNow();

    const page = first as ChangesPage | null;
    expect(page?.changes).toHaveLength(2);
    expect(await storedIds()).toEqual(page?.changes.map((c) => c.id).sort());
    expect(await f.engine.records.cursor(keyOf(server.base, reader))).toBe(page?.cursor);
    expect(await loadProgress()).toMatchObject({ failures: 1 });

    server.onChanges = null;
    server.log = [];
    await f.engine.syncNow(true);

    expect(asked()[0]).toBe(page?.cursor);
    expect(await storedIds()).toEqual([...ids].sort());
    expect(await loadProgress()).toMatchObject({ failures: 0, lastError: null });
  });

  it('stops when the account changes halfway: writes nothing, gives up the page asked ahead, counts no failure', async () => {
    const ahead = signal();
    let abandoned: Promise<void> | null = null;
    const other = await newAccount(server.app, 'other');
    server.onChanges = async (request) => {
      if (request.index === 1) {
        abandoned = request.givenUp;
        ahead.fire();
        return;
      }
      const upstream = await request.upstream();
      request.head(upstream.status, upstream.headers);
      await ahead.promise;
      // Another account takes the browser while the first page is on its way.
      await new SyncStore(f.store).useAccount(keyOf(server.base, other), null);
      request.end(upstream.body);
    };

    await f.engine.syncNow();

    expect(abandoned).not.toBeNull();
    await abandoned;
    expect(await storedIds()).toEqual([]);
    expect(await f.engine.records.cursor(keyOf(server.base, reader))).toBe('0');
    expect(await loadProgress()).toMatchObject({ failures: 0, lastError: null });
  });
});
