/**
 * The tracker (issue #20): a plan of 50 commitments with 5,000 public assessments (each citing 0 to 3
 * sources), on PGlite and, when one answers, PostgreSQL. The plan's page as a browser gets it
 * (`GET /tracker/groups/{id}/plans/{planId}` over HTTP: the reads, the view, the HTML) against the SQL
 * query that reads its assessments (`trackerAnnotations`), in the same run. Goal: at most 3x. The
 * view and HTML alone, over rows already read, are printed too.
 */
import type { Annotation } from '../src/core/model/annotation.ts';
import { planIdOf, type Plan, type PlanRecord } from '../src/core/model/plan-record.ts';
import { planPage } from '../server/pages/tracker-pages.ts';
import { planView } from '../server/pages/tracker-view.ts';
import { trackerAnnotations } from '../server/store/tracker.ts';
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

const COMMITMENTS = 50;
const ASSESSMENTS = 5_000;
const ROUNDS = 7;
const GOAL = 3;
const PLAN_URI = 'https://open.gov.example/plan/fifth-national-action-plan';

const plan: Plan = {
  id: planIdOf(PLAN_URI),
  document: { uri: PLAN_URI, alternates: [] },
  fingerprint: null,
  title: 'Fifth National Action Plan (2024–2026)',
  kind: 'action-plan',
  language: 'en',
  commitments: Array.from({ length: COMMITMENTS }, (_, i) => ({
    label: String(i + 1),
    title: `Open budget data ${i + 1}`,
    theme: `Theme ${1 + (i % 6)}`,
    leadAgency: 'Ministry of Finance',
  })),
};

/** The n-th assessment: benchRecord's shapes, on the plan, public, spread over its commitments. */
function assessment(n: number): Annotation {
  const record = benchRecord(n * 2);
  const ordinal = 1 + (n % COMMITMENTS);
  return {
    ...record,
    target: { ...record.target, source: PLAN_URI },
    visibility: 'public',
    body: {
      ...record.body,
      commitment: { ordinal, label: String(ordinal), title: `Open budget data ${ordinal}`, linkedBy: 'auto' },
    },
    modified: `2026-11-${String(1 + (n % 28)).padStart(2, '0')}T10:30:00.000Z`,
  };
}

async function timed<T>(fn: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

async function measure(store: BenchStore): Promise<void> {
  const server = await startBenchServer(store.db);
  try {
    await seedGroup(
      store.db,
      server,
      Array.from({ length: ASSESSMENTS }, (_, n) => assessment(n)),
    );
    await store.db.query(
      `insert into plans (group_id, id, record, version, updated, updated_by)
         values ($1, $2, $3::jsonb, 1, now(), $4)`,
      [server.groupId, plan.id, JSON.stringify(plan), server.userId],
    );
    const reader = { member: false };
    const url = `${server.url}/tracker/groups/${server.groupId}/plans/${plan.id}`;
    const rows = await trackerAnnotations(store.db, server.groupId, PLAN_URI, reader);
    if (rows.length !== ASSESSMENTS) throw new Error(`read ${rows.length} assessments, not ${ASSESSMENTS}`);
    const record: PlanRecord = {
      ...plan,
      group: server.groupId,
      updated: '2026-11-30T00:00:00.000Z',
      version: 1,
    };
    const query: number[] = [];
    const render: number[] = [];
    const page: number[] = [];
    let size = 0;
    for (let round = 0; round <= ROUNDS; round++) {
      const q = await timed(() => trackerAnnotations(store.db, server.groupId, PLAN_URI, reader));
      const r = await timed(async () =>
        planPage(planView({ id: server.groupId, name: 'Bench' }, record, rows, [])),
      );
      const p = await timed(async () => {
        const response = await fetch(url);
        if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
        size = (await response.text()).length;
      });
      // The first round warms caches and the JIT; it is not counted.
      if (round === 0) continue;
      query.push(q);
      render.push(r);
      page.push(p);
    }
    const [q, r, p] = [median(query), median(render), median(page)];
    console.log(
      `${store.name}: ${COMMITMENTS} commitments, ${ASSESSMENTS} assessments, page ${(size / 1024).toFixed(0)} KB`,
    );
    console.log(`  SQL query reading the assessments (peer)   ${q.toFixed(1)} ms`);
    console.log(`  view + HTML over rows already read         ${r.toFixed(1)} ms`);
    console.log(`  the page over HTTP (reads, view, HTML)     ${p.toFixed(1)} ms`);
    verdict(
      p / q <= GOAL,
      `${store.name}: the page takes ${(p / q).toFixed(2)}x the query (goal ≤ ${GOAL}x)`,
    );
  } finally {
    await server.close();
  }
}

export async function run(): Promise<void> {
  const pglite = await openBenchPglite();
  try {
    await measure(pglite);
  } finally {
    await pglite.dispose();
  }
  const postgres = await openBenchPostgres();
  if (!postgres) {
    console.log('PostgreSQL: nothing answers at TEST_DATABASE_URL; skipped');
    return;
  }
  try {
    await measure(postgres);
  } finally {
    await postgres.dispose();
  }
}
