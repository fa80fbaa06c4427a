/**
 * Export: 10,000 annotations (half of them assessments citing up to three sources) written as W3C
 * JSON-LD, CSV and the Markdown report, each against `JSON.stringify` of the same records in the same run
 * (goal: at most 3x). Then the server's group export streamed over HTTP from PGlite: the memory it holds
 * while streaming (measured after a forced collection, every megabyte read), against the export's size
 * and against building the same export in memory (goal: at most a quarter of the export's size).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { toW3CExportDocument, w3cExportChunks } from '../src/core/export/annotation-collection.ts';
import { csvRows } from '../src/core/export/csv.ts';
import { compareForReport, markdownReportChunks } from '../src/core/export/markdown-report.ts';
import type { Annotation } from '../src/core/model/annotation.ts';
import {
  benchRecord,
  median,
  openBenchPglite,
  seedGroup,
  startBenchServer,
  verdict,
} from './support/bench-data.ts';

const COUNT = 10_000;
const ROUNDS = 5;
const GOAL = 3;
const MEMORY_GOAL = 0.25;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Characters written, so that nothing is optimised away and every chunk is produced. */
function drain(chunks: Iterable<string>): number {
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  return length;
}

function time(fn: () => number): { ms: number; chars: number } {
  const started = performance.now();
  const chars = fn();
  return { ms: performance.now() - started, chars };
}

async function formats(records: readonly Annotation[]): Promise<void> {
  const inReportOrder = [...records].sort(compareForReport);
  const cases: Record<string, () => number> = {
    'JSON.stringify (peer)': () => JSON.stringify(records).length,
    'W3C JSON-LD (streamed, chunks of 100 items)': () =>
      drain(
        w3cExportChunks(records, {
          id: 'https://sync.example/api/groups/g/export',
          baseUrl: 'https://sync.example/annotations/',
          total: records.length,
        }),
      ),
    CSV: () => drain(csvRows(records)),
    'Markdown report (records in report order, as the server sends them)': () =>
      drain(markdownReportChunks(inReportOrder, { presorted: true })),
    'Markdown report (sorting in memory first)': () => drain(markdownReportChunks(records)),
  };
  const times = new Map<string, number[]>(Object.keys(cases).map((k) => [k, []]));
  const sizes = new Map<string, number>();
  // Alternating rounds, so warm-up and noise fall on every case alike.
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, fn] of Object.entries(cases)) {
      const { ms, chars } = time(fn);
      times.get(name)?.push(ms);
      sizes.set(name, chars);
    }
  }
  const peer = median(times.get('JSON.stringify (peer)') ?? []);
  const rows = [...times].map(([name, ms]) => ({
    what: name,
    'ms (median of 5)': median(ms).toFixed(1),
    'MB written': ((sizes.get(name) ?? 0) / 1e6).toFixed(1),
    'x peer': (median(ms) / peer).toFixed(2),
  }));
  console.table(rows);
  for (const [name, ms] of times) {
    if (name.endsWith('(peer)')) continue;
    const ratio = median(ms) / peer;
    verdict(ratio <= GOAL, `${name}: ${ratio.toFixed(2)}x JSON.stringify (goal <= ${GOAL}x)`);
  }
}

function heapMb(): number {
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

/** Reads the export over HTTP; every megabyte, a collection and the heap still in use. */
async function streamed(url: string, token: string): Promise<{ bytes: number; peakMb: number; ms: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok || !response.body) throw new Error(`${url}: ${response.status}`);
  let bytes = 0;
  let nextSample = 0;
  let peakMb = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.length;
    if (bytes >= nextSample) {
      peakMb = Math.max(peakMb, heapMb());
      nextSample += 1e6;
    }
  }
  return { bytes, peakMb, ms: performance.now() - started };
}

async function server(records: readonly Annotation[]): Promise<void> {
  const store = await openBenchPglite();
  const bench = await startBenchServer(store.db);
  try {
    await seedGroup(store.db, bench, records);
    const rows: Record<string, string>[] = [];
    let worst = 0;
    for (const format of ['jsonld', 'csv', 'md']) {
      const url = `${bench.url}/api/groups/${bench.groupId}/export?format=${format}`;
      await streamed(url, bench.token); // warm-up: compiled code and PGlite's caches are not the export
      const baseline = heapMb();
      const { bytes, peakMb, ms } = await streamed(url, bench.token);
      const held = Math.max(0, peakMb - baseline);
      worst = Math.max(worst, held / (bytes / 1e6));
      rows.push({
        what: `GET /api/groups/{id}/export?format=${format}`,
        'MB sent': (bytes / 1e6).toFixed(1),
        'ms (a forced GC per MB included)': ms.toFixed(0),
        'heap held while streaming, MB': held.toFixed(1),
        'share of the export': `${((held / (bytes / 1e6)) * 100).toFixed(0)}%`,
      });
    }
    // The peer: the same group read whole and written as one string, as a non-streaming route would.
    const baseline = heapMb();
    const all = await store.db.query<{ record: Annotation }>(
      'select record from annotations where group_id = $1 order by id',
      [bench.groupId],
    );
    const whole = JSON.stringify(
      toW3CExportDocument(
        all.map((r) => r.record),
        { id: 'x' },
      ),
    );
    const held = heapMb() - baseline;
    rows.push({
      what: 'peer: the group read whole, exported in memory',
      'MB sent': (whole.length / 1e6).toFixed(1),
      'ms (a forced GC per MB included)': '',
      'heap held while streaming, MB': held.toFixed(1),
      'share of the export': `${((held / (whole.length / 1e6)) * 100).toFixed(0)}%`,
    });
    console.table(rows);
    verdict(
      worst <= MEMORY_GOAL,
      `server streaming holds at most ${(worst * 100).toFixed(0)}% of the export's size in memory (goal <= ${MEMORY_GOAL * 100}%)`,
    );
  } finally {
    await bench.close();
    await store.dispose();
  }
}

export async function run(): Promise<void> {
  const records = Array.from({ length: COUNT }, (_, n) => benchRecord(n));
  const assessments = records.filter((r) => r.body.assessment).length;
  const sources = records.reduce((sum, r) => sum + (r.body.evidence?.length ?? 0), 0);
  console.log(`${COUNT} annotations: ${assessments} assessments citing ${sources} sources`);
  await formats(records);
  await server(records);
}
