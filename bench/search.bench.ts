/**
 * Search (issue #19).
 *
 * Local: the sidebar's search over 10,000 annotations, typed one key at a time. Each keystroke filters
 * every thread as the sidebar does (`threadMatches`: every word, case and accents aside, over comment,
 * quote, tags, evidence titles and author). The goal is that each keystroke answers within one frame
 * (16 ms). A plain linear scan (one lower-cased `includes` per field, no folding, one word) is measured in
 * the same run as the floor.
 *
 * Server: `GET /api/groups/{id}/search` over HTTP on a group of 100,000 annotations, on PGlite and, when
 * one answers, PostgreSQL, against the raw SQL full-text query over the same expression index in the same
 * run. Goal: at most 3x.
 */
// The sidebar's filters name "you" and the like through chrome.i18n: the real _locales, read outside a browser.
import '../tests/support/chrome-i18n.ts';
import type { Annotation } from '../src/core/model/annotation.ts';
import { annotationSearchFields } from '../src/core/search/annotation-fields.ts';
import { NO_FILTERS, threadMatches, type FilterContext } from '../src/ui/annotation-filters.ts';
import { threadsOf } from '../src/ui/threads.ts';
import {
  benchRecord,
  median,
  openBenchPglite,
  openBenchPostgres,
  seedGroup,
  startBenchServer,
  verdict,
  type BenchStore,
} from './support/bench-data.ts';

const LOCAL_ANNOTATIONS = 10_000;
const SERVER_ANNOTATIONS = Number(process.env['SEARCH_BENCH_ANNOTATIONS'] ?? 100_000);
const FRAME_MS = 16;
const SERVER_GOAL = 3;
const ROUNDS = 5;

/** Words reviewers write, some with accents, so a search has something to fold and to tell apart. */
const VOCABULARY = (
  'procurement portal orçamento budget transparência contracts beneficial ownership registry agency ' +
  'milestone délai participación ciudadana audit municipal datasets published delayed incomplete ' +
  'consultation indicator ministry report evidence law decree statute financing'
).split(' ');

/** The n-th annotation: bench-data's shapes, with a comment of words from the vocabulary. */
function annotation(n: number): Annotation {
  const record = benchRecord(n);
  const words = Array.from(
    { length: 8 + (n % 9) },
    (_, i) => VOCABULARY[(n * 7 + i * 13) % VOCABULARY.length],
  );
  return {
    ...record,
    body: { ...record.body, comment: `${words.join(' ')} (note ${n}).` },
    modified: `2026-11-${String(1 + (n % 28)).padStart(2, '0')}T10:30:00.000Z`,
  };
}

/** What a reviewer types, one key at a time. */
const TYPED = ['procurement portal', 'orcamento municipal', 'beneficial owner'];

function prefixes(text: string): string[] {
  return Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1)).filter((q) => q.trim() !== '');
}

function localSearch(): void {
  const annotations = Array.from({ length: LOCAL_ANNOTATIONS }, (_, n) => annotation(n));
  const threads = threadsOf(annotations);
  const context: FilterContext = { authors: {}, me: null, stateOf: () => 'anchored' };
  const keystrokes = TYPED.flatMap(prefixes);

  const ours = keystrokes.map(() => [] as number[]);
  const floor = keystrokes.map(() => [] as number[]);
  let shownLast = 0;
  for (let round = 0; round <= ROUNDS; round++) {
    keystrokes.forEach((query, k) => {
      let started = performance.now();
      const filters = { ...NO_FILTERS, query };
      const shown = threads.filter((t) => threadMatches(t, filters, context)).length;
      const oursMs = performance.now() - started;
      started = performance.now();
      const needle = query.toLowerCase();
      annotations.filter((a) =>
        annotationSearchFields(a).some((field) => field.toLowerCase().includes(needle)),
      );
      const floorMs = performance.now() - started;
      // The first round warms the JIT; it is not counted.
      if (round === 0) return;
      (ours[k] as number[]).push(oursMs);
      (floor[k] as number[]).push(floorMs);
      if (k === keystrokes.length - 1) shownLast = shown;
    });
  }
  const perKey = ours.map(median);
  const floorPerKey = floor.map(median);
  const worst = Math.max(...perKey);
  const typical = median(perKey);
  const ratio = perKey.reduce((s, v) => s + v, 0) / floorPerKey.reduce((s, v) => s + v, 0);
  console.log(
    `local: ${LOCAL_ANNOTATIONS} annotations, ${keystrokes.length} keystrokes (${TYPED.map((t) => `"${t}"`).join(', ')}); "${TYPED.at(-1)}" keeps ${shownLast}`,
  );
  console.log(`  plain linear scan (floor), per keystroke      ${median(floorPerKey).toFixed(2)} ms`);
  console.log(`  sidebar search, per keystroke: median          ${typical.toFixed(2)} ms`);
  console.log(`  sidebar search, per keystroke: slowest         ${worst.toFixed(2)} ms`);
  console.log(`  sidebar search against the linear scan         ${ratio.toFixed(2)}x`);
  verdict(
    worst <= FRAME_MS,
    `local: every keystroke answers within one frame (slowest ${worst.toFixed(1)} ms; goal ≤ ${FRAME_MS} ms)`,
  );
}

/** The raw query: the same index expression and order as the route's, no reader rules, ids only. */
const RAW = `select a.id from annotations a
  where a.group_id = $1::uuid
    and to_tsvector('simple'::regconfig, plan_search_text(a.record))
      @@ to_tsquery('simple'::regconfig, plan_search_fold($2::text))
  order by a.record->>'modified' desc, a.id
  limit 50`;

const SERVER_QUERIES: Array<{ q: string; tsquery: string }> = [
  { q: 'procurement portal', tsquery: `'procurement':* & 'portal':*` },
  { q: 'orcamento', tsquery: `'orcamento':*` },
  { q: 'beneficial decree', tsquery: `'beneficial':* & 'decree':*` },
];

async function serverSearch(store: BenchStore): Promise<void> {
  const server = await startBenchServer(store.db);
  try {
    const seeded = performance.now();
    const batch = 10_000;
    for (let from = 0; from < SERVER_ANNOTATIONS; from += batch) {
      const records = Array.from({ length: Math.min(batch, SERVER_ANNOTATIONS - from) }, (_, i) =>
        annotation(from + i),
      );
      await seedGroup(store.db, server, records);
    }
    await store.db.query('analyze annotations');
    console.log(
      `${store.name}: ${SERVER_ANNOTATIONS} annotations seeded in ${((performance.now() - seeded) / 1000).toFixed(0)} s`,
    );
    const raw: number[] = [];
    const route: number[] = [];
    for (const { q, tsquery } of SERVER_QUERIES) {
      const url = `${server.url}/api/groups/${server.groupId}/search?q=${encodeURIComponent(q)}&limit=50`;
      const rawTimes: number[] = [];
      const routeTimes: number[] = [];
      let found = 0;
      for (let round = 0; round <= ROUNDS; round++) {
        let started = performance.now();
        const rows = await store.db.query<{ id: string }>(RAW, [server.groupId, tsquery]);
        const rawMs = performance.now() - started;
        started = performance.now();
        const response = await fetch(url, { headers: { authorization: `Bearer ${server.token}` } });
        if (response.status !== 200) throw new Error(`${url}: ${response.status} ${await response.text()}`);
        const body = (await response.json()) as { results: unknown[] };
        const routeMs = performance.now() - started;
        if (body.results.length !== rows.length)
          throw new Error(`"${q}": the route found ${body.results.length}, the query ${rows.length}`);
        found = rows.length;
        if (round === 0) continue;
        rawTimes.push(rawMs);
        routeTimes.push(routeMs);
      }
      raw.push(median(rawTimes));
      route.push(median(routeTimes));
      console.log(
        `  "${q}": ${found} results; raw SQL ${median(rawTimes).toFixed(1)} ms, the route over HTTP ${median(routeTimes).toFixed(1)} ms`,
      );
    }
    const ratio = route.reduce((s, v) => s + v, 0) / raw.reduce((s, v) => s + v, 0);
    verdict(
      ratio <= SERVER_GOAL,
      `${store.name}: group search takes ${ratio.toFixed(2)}x the raw full-text query (goal ≤ ${SERVER_GOAL}x)`,
    );
  } finally {
    await server.close();
  }
}

export async function run(): Promise<void> {
  localSearch();
  const pglite = await openBenchPglite();
  try {
    await serverSearch(pglite);
  } finally {
    await pglite.dispose();
  }
  const postgres = await openBenchPostgres();
  if (!postgres) {
    console.log('PostgreSQL: nothing answers at TEST_DATABASE_URL; skipped');
    return;
  }
  try {
    await serverSearch(postgres);
  } finally {
    await postgres.dispose();
  }
}
