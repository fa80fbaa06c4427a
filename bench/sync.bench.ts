/**
 * Sync (issue #7), on PostgreSQL (a fresh database at TEST_DATABASE_URL, default 127.0.0.1:5432/test),
 * the real server as it is deployed (`plan-annotator serve`, its own process) listening on 127.0.0.1:
 *
 * - writes: annotations created the way the extension pushes its outbox, `POST /api/annotations/batch`
 *   (batches of 100, a bearer token, full records), against the raw `INSERT ... ON CONFLICT` of the same
 *   records through `pg`, one row per statement, 8 in flight. Goal: at least 0.5x the raw throughput.
 *   Single writes with `PUT /api/annotations/{id}` (`If-None-Match: *`), 8 in flight, are printed too.
 * - pull: 10,000 changes read with `GET /api/changes` (pages of 500, the most it gives), one page asked
 *   ahead as the extension does, against the raw `SELECT` of the same rows paged the same way through
 *   `pg`. Goal: at most 2x the raw time.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';
import { nextCursor } from '../src/background/sync/sync-server.ts';
import type { Annotation } from '../src/core/model/annotation.ts';
import {
  benchRecord,
  DEFAULT_DATABASE_URL,
  median,
  openBenchPostgres,
  postgresCpuMs,
  processCpuMs,
  seedGroup,
  startServerProcess,
  verdict,
  type BenchServer,
} from './support/bench-data.ts';

const WRITES = 1_500;
const BATCH = 100;
const IN_FLIGHT = 8;
const CHANGES = 10_000;
const PAGE = 500;
const ROUNDS = 3;
const WRITE_GOAL = 0.5;
/** Many writers at once: single PUTs from this many clients, against raw inserts on as many connections. */
const WRITERS = 32;
const MANY_WRITERS_GOAL = 0.5;
const PULL_GOAL = 2;

/** Runs `task` for every item with `limit` of them in flight; the wall time in ms. */
async function inFlight<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>) {
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return performance.now() - started;
}

/** The outbox's way: batches of BATCH, one after another, as one client sends them. */
async function batchWrites(server: BenchServer, records: readonly Annotation[]): Promise<number> {
  const started = performance.now();
  for (let from = 0; from < records.length; from += BATCH) {
    const writes = records.slice(from, from + BATCH).map((record) => ({
      op: 'put',
      annotation: { ...record, visibility: 'private' },
      group: null,
      version: null,
    }));
    const response = await fetch(`${server.url}/api/annotations/batch`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ writes }),
    });
    const answer = (await response.json()) as { results?: { status: number }[] };
    if (response.status !== 200 || answer.results?.some((r) => r.status !== 201)) {
      throw new Error(`the batch answered ${response.status}: ${JSON.stringify(answer).slice(0, 300)}`);
    }
  }
  return performance.now() - started;
}

/**
 * Single `PUT`s, `limit` of them in flight, each client on a kept-alive connection of its own. Sent with
 * `node:http` rather than Node's fetch, whose web streams cost this process more than the server spends
 * on the request; a browser does this work in its network process, apart from the page.
 */
async function httpWrites(
  server: BenchServer,
  records: readonly Annotation[],
  limit = IN_FLIGHT,
): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: limit });
  try {
    return await inFlight(records, limit, async (record) => {
      const body = JSON.stringify({ annotation: { ...record, visibility: 'private' } });
      const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
        const request = http.request(
          `${server.url}/api/annotations/${record.id}`,
          {
            method: 'PUT',
            agent,
            headers: {
              authorization: `Bearer ${server.token}`,
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
              'if-none-match': '*',
            },
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () =>
              resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
            );
            response.on('error', reject);
          },
        );
        request.on('error', reject);
        request.end(body);
      });
      if (status !== 201) throw new Error(`PUT answered ${status}: ${text.slice(0, 300)}`);
    });
  } finally {
    agent.destroy();
  }
}

const RAW_UPSERT = `insert into annotations (id, creator, group_id, visibility, record, version, seq)
  values ($1, $2, null, 'private', $3, 1, nextval('change_seq'))
  on conflict (id) do update set record = excluded.record, version = annotations.version + 1, seq = excluded.seq`;

async function rawWrites(
  pool: pg.Pool,
  server: BenchServer,
  records: readonly Annotation[],
  limit = IN_FLIGHT,
): Promise<number> {
  return inFlight(records, limit, async (record) => {
    await pool.query(RAW_UPSERT, [
      record.id,
      server.userId,
      JSON.stringify({ ...record, visibility: 'private' }),
    ]);
  });
}

/** A GET over one kept-alive connection: the headers, and the body as bytes once it has all arrived. */
function get(
  agent: http.Agent,
  url: string,
  token: string,
): Promise<{ link: string; body: Promise<Buffer> }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { authorization: `Bearer ${token}` } }, (response) => {
      const chunks: Buffer[] = [];
      const body = new Promise<Buffer>((done, fail) => {
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          response.statusCode === 200
            ? done(Buffer.concat(chunks))
            : fail(new Error(`GET ${url} answered ${response.statusCode}`)),
        );
        response.on('error', fail);
      });
      body.catch(() => undefined);
      resolve({ link: String(response.headers.link ?? ''), body });
    });
    request.on('error', reject);
  });
}

/**
 * The feed read the way the extension reads it (sync-engine.ts `#pull`): the next page is asked for as
 * soon as the headers of the current one name it (`Link: rel="next"`), and then the current body is
 * decoded and parsed. Read with `node:http`, whose work on this thread is close to what a browser's fetch
 * leaves to the page (the browser's network stack runs in a process of its own); Node's fetch adds a
 * layer of web streams in JavaScript that would measure this client rather than the feed. Bytes are
 * decoded the way `pg` decodes the peer's rows (Buffer#toString).
 */
async function httpPull(server: BenchServer, agent: http.Agent): Promise<{ ms: number; count: number }> {
  const started = performance.now();
  const pageUrl = (cursor: string) => `${server.url}/api/changes?since=${cursor}&limit=${PAGE}`;
  let count = 0;
  let current = { url: pageUrl('0'), ...(await get(agent, pageUrl('0'), server.token)) };
  for (;;) {
    const next = nextCursor(current.link, current.url);
    const followingUrl = next === null ? '' : pageUrl(next);
    const following = next === null ? null : get(agent, followingUrl, server.token);
    following?.catch(() => undefined); // awaited below, unless this page fails first
    const page = JSON.parse((await current.body).toString('utf8')) as {
      changes: unknown[];
      cursor: string;
      more: boolean;
    };
    count += page.changes.length;
    if (!following) {
      if (page.more) throw new Error('a page with more to come named no next page');
      break;
    }
    if (page.cursor !== next) throw new Error(`the next page's link says ${next}, its body ${page.cursor}`);
    current = { url: followingUrl, ...(await following) };
  }
  return { ms: performance.now() - started, count };
}

async function rawPull(pool: pg.Pool): Promise<{ ms: number; count: number }> {
  const started = performance.now();
  let cursor = '0';
  let count = 0;
  for (;;) {
    const { rows } = await pool.query<{ seq: string }>({
      // Prepared, as the server prepares its statements: both sides plan once per connection.
      name: 'bench_raw_pull',
      // Ordered by the column, not the text alias of the same name.
      text: `select a.id, a.creator, a.group_id, a.record, a.version, a.seq::text as seq, a.deleted, a.hidden
        from annotations a where a.seq > $1::bigint order by a.seq limit $2`,
      values: [cursor, PAGE],
    });
    count += rows.length;
    if (rows.length < PAGE) break;
    cursor = rows.at(-1)?.seq ?? cursor;
  }
  return { ms: performance.now() - started, count };
}

function fresh(count: number, offset: number): Annotation[] {
  return Array.from({ length: count }, (_, n) => benchRecord(offset + n, randomUUID()));
}

export async function run(): Promise<void> {
  const store = await openBenchPostgres();
  if (!store?.url) {
    verdict(
      false,
      `sync: no PostgreSQL answers at ${DEFAULT_DATABASE_URL.replace(/\/\/[^@]*@/, '//')}; not measured`,
    );
    return;
  }
  let server: BenchServer;
  try {
    server = await startServerProcess(store.url);
  } catch (error) {
    await store.dispose();
    throw error;
  }
  const pool = new pg.Pool({ connectionString: store.url, max: IN_FLIGHT });
  const widePool = new pg.Pool({ connectionString: store.url, max: WRITERS });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
  try {
    // Warm-up on both sides: connections, compiled code, the table's first pages.
    await httpWrites(server, fresh(200, 0));
    await batchWrites(server, fresh(200, 300));
    await rawWrites(pool, server, fresh(200, 200));
    const http: number[] = [];
    const batched: number[] = [];
    const raw: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      http.push(await httpWrites(server, fresh(WRITES, 1000 + round * WRITES)));
      batched.push(await batchWrites(server, fresh(WRITES, 20_000 + round * WRITES)));
      raw.push(await rawWrites(pool, server, fresh(WRITES, 50_000 + round * WRITES)));
    }
    // Many writers at once: every save of every reviewer, and each W3C protocol client, is one PUT.
    await httpWrites(server, fresh(400, 90_000), WRITERS);
    await rawWrites(widePool, server, fresh(400, 91_000), WRITERS);
    const manyHttp: number[] = [];
    const manyRaw: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      manyHttp.push(await httpWrites(server, fresh(WRITES, 60_000 + round * WRITES), WRITERS));
      manyRaw.push(await rawWrites(widePool, server, fresh(WRITES, 70_000 + round * WRITES), WRITERS));
    }
    const manyHttpRate = WRITES / (median(manyHttp) / 1000);
    const manyRawRate = WRITES / (median(manyRaw) / 1000);
    const httpRate = WRITES / (median(http) / 1000);
    const batchRate = WRITES / (median(batched) / 1000);
    const rawRate = WRITES / (median(raw) / 1000);

    const rows = await store.db.query<{ n: number }>('select count(*)::integer as n from annotations');
    const existing = rows[0]?.n ?? 0;
    if (existing < CHANGES) await seedGroup(store.db, server, fresh(CHANGES - existing, 100_000));
    // Statistics after the bulk load, as autovacuum would take them, so both sides get a settled plan.
    await pool.query('analyze');
    const pulls: number[] = [];
    const raws: number[] = [];
    let pulled = 0;
    // CPU time each process spends per pull, where the machine says (Linux): where the time goes.
    const cpu = { ours: [0, 0, 0], raw: [0, 0, 0] };
    const serverCpu = () => (server.pid ? processCpuMs(server.pid) : null);
    const measured = async <T>(into: number[], task: () => Promise<T>): Promise<T> => {
      const before = { client: process.cpuUsage(), server: serverCpu(), database: postgresCpuMs() };
      const result = await task();
      const client = process.cpuUsage(before.client);
      const [serverNow, databaseNow] = [serverCpu(), postgresCpuMs()];
      into[0] = (into[0] ?? 0) + (client.user + client.system) / 1000 / ROUNDS;
      if (serverNow !== null && before.server !== null)
        into[1] = (into[1] ?? 0) + (serverNow - before.server) / ROUNDS;
      if (databaseNow !== null && before.database !== null)
        into[2] = (into[2] ?? 0) + (databaseNow - before.database) / ROUNDS;
      return result;
    };
    // Warm-up on both sides: the server's and the client's compiled code for the pull, the plans.
    await httpPull(server, agent);
    await rawPull(pool);
    for (let round = 0; round < ROUNDS; round++) {
      const ours = await measured(cpu.ours, () => httpPull(server, agent));
      const floor = await measured(cpu.raw, () => rawPull(pool));
      if (ours.count !== floor.count)
        throw new Error(`pulled ${ours.count} changes, the SELECT ${floor.count}`);
      pulled = ours.count;
      pulls.push(ours.ms);
      raws.push(floor.ms);
    }
    const pullRatio = median(pulls) / median(raws);
    console.table([
      {
        what: `PUT /api/annotations/{id}, ${IN_FLIGHT} in flight`,
        result: `${httpRate.toFixed(0)} writes/s`,
      },
      {
        what: `POST /api/annotations/batch, batches of ${BATCH}, one at a time`,
        result: `${batchRate.toFixed(0)} writes/s`,
      },
      {
        what: `raw INSERT ... ON CONFLICT via pg (peer), ${IN_FLIGHT} in flight`,
        result: `${rawRate.toFixed(0)} writes/s`,
      },
      {
        what: `PUT /api/annotations/{id}, ${WRITERS} clients at once`,
        result: `${manyHttpRate.toFixed(0)} writes/s`,
      },
      {
        what: `raw INSERT ... ON CONFLICT via pg (peer), ${WRITERS} connections`,
        result: `${manyRawRate.toFixed(0)} writes/s`,
      },
      {
        what: `GET /api/changes, ${pulled} changes in pages of ${PAGE}`,
        result: `${median(pulls).toFixed(0)} ms`,
      },
      { what: 'raw SELECT via pg, same pages (peer)', result: `${median(raws).toFixed(0)} ms` },
    ]);
    if (postgresCpuMs() !== null) {
      console.log('CPU time per pull, in ms, by process (Linux /proc, 10 ms ticks):');
      console.table(
        [
          { pull: 'GET /api/changes', client: cpu.ours[0], server: cpu.ours[1], database: cpu.ours[2] },
          { pull: 'raw SELECT via pg', client: cpu.raw[0], server: cpu.raw[1], database: cpu.raw[2] },
        ].map((row) => ({
          ...row,
          client: Math.round(row.client ?? 0),
          server: Math.round(row.server ?? 0),
          database: Math.round(row.database ?? 0),
        })),
      );
    }
    verdict(
      batchRate / rawRate >= WRITE_GOAL,
      `writes through HTTP, as the outbox sends them: ${(batchRate / rawRate).toFixed(2)}x the raw throughput ` +
        `(goal >= ${WRITE_GOAL}x; one PUT at a time: ${(httpRate / rawRate).toFixed(2)}x)`,
    );
    verdict(
      manyHttpRate / manyRawRate >= MANY_WRITERS_GOAL,
      `${WRITERS} clients each sending single PUTs: ${(manyHttpRate / manyRawRate).toFixed(2)}x raw inserts on ` +
        `${WRITERS} connections (goal >= ${MANY_WRITERS_GOAL}x)`,
    );
    verdict(
      pullRatio <= PULL_GOAL,
      `pulling ${pulled} changes: ${pullRatio.toFixed(2)}x the raw SELECT (goal <= ${PULL_GOAL}x)`,
    );
  } finally {
    await pool.end();
    await widePool.end();
    agent.destroy();
    await server.close();
    await store.dispose();
  }
}
