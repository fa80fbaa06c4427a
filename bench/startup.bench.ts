/**
 * Cold start (issue #21): how long `plan-annotator serve` on its embedded PGlite takes, from the process
 * being spawned to its first answer over HTTP (`GET /api/health`), on a fresh (empty) data folder and
 * then on the same folder again (a second start). The floor is PGlite's own time for the same kind of
 * folder: a fresh Node process that runs `PGlite.create(dir)` and one `select 1`, also spawned, so both
 * sides pay for starting Node. Goal: at most 1.5x, for the fresh folder and for the existing one.
 *
 * The server is run as it ships: the command line built into `dist-node/` (`npm run build:server`, which
 * this bench runs first so that it measures the sources as they are), through `bin/plan-annotator.js`.
 * The same command run from the TypeScript sources through tsx, as a clone with its dev dependencies
 * does, is printed beside it for information.
 *
 * Each round starts every side on a folder of its own, fresh, then each again on its folder; the order
 * of the sides turns from round to round, so that a machine busy at one moment does not weigh on one side.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, processCpuMs, verdict } from './support/bench-data.ts';

const ROUNDS = Number(process.env['STARTUP_BENCH_ROUNDS'] ?? 3);
const GOAL = 1.5;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin', 'plan-annotator.js');

/** PGlite alone: open the folder, answer one query, say so; close on SIGTERM, as the server does. */
const FLOOR_SCRIPT = `
import { PGlite } from '@electric-sql/pglite';
const db = await PGlite.create(process.argv[1]);
await db.query('select 1');
console.log('ready');
const alive = setInterval(() => undefined, 60_000);
process.once('SIGTERM', () => void db.close().finally(() => clearInterval(alive)));
`;

type Side = 'floor' | 'built' | 'sources';
const SIDES: readonly Side[] = ['floor', 'built', 'sources'];

const LABELS: Record<Side, string> = {
  floor: 'PGlite.create + select 1',
  built: 'serve (dist-node, as shipped)',
  sources: 'serve (sources through tsx)',
};

/** The environment a start gets: this one's, without a database setting that would choose PostgreSQL. */
function environment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['DATABASE_URL'];
  delete env['DATA_DIR'];
  delete env['PLAN_ANNOTATOR_BUILT'];
  return { ...env, ...extra };
}

/**
 * Spawns `args`, waits until `ready(output)` gives something (the floor's line, the server's address),
 * then `answer` turns that into the moment the process is usable. Returns the ms from spawn to then, and
 * the CPU time the process had used by then (all its threads; null off Linux), which a machine busy with
 * other work disturbs less than the wall clock. The process is stopped (SIGTERM: the server closes its
 * database and releases the folder) before returning.
 */
async function timeStart(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  ready: (output: string) => string | null,
  answer: (found: string) => Promise<void>,
): Promise<{ ms: number; cpuMs: number | null }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
  try {
    const found = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no start within 120 s:\n${output}${errors}`)),
        120_000,
      );
      child.stdout.on('data', (chunk: Buffer) => {
        output = (output + chunk.toString()).slice(-4000);
        const value = ready(output);
        if (value === null) return;
        clearTimeout(timer);
        resolve(value);
      });
      child.once('error', reject);
      void exited.then(() => reject(new Error(`exited before it was ready:\n${output}${errors}`)));
    });
    await answer(found);
    const ms = performance.now() - started;
    return { ms, cpuMs: child.pid === undefined ? null : processCpuMs(child.pid) };
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  }
}

async function startOnce(side: Side, dir: string): Promise<{ ms: number; cpuMs: number | null }> {
  if (side === 'floor') {
    return timeStart(
      ['--input-type=module', '-e', FLOOR_SCRIPT, dir],
      environment({}),
      (output) => (output.includes('ready\n') ? 'ready' : null),
      async () => undefined,
    );
  }
  return timeStart(
    [CLI, 'serve', '--port', '0', '--data', dir],
    // The default log level, as an operator gets it.
    environment({ LOG_LEVEL: 'info', ...(side === 'built' ? { PLAN_ANNOTATOR_BUILT: '1' } : {}) }),
    (output) => /Sync server listening on (http:\/\/\S+)/.exec(output)?.[1] ?? null,
    async (url) => {
      const response = await fetch(`${url.replace('localhost', '127.0.0.1')}/api/health`);
      if (!response.ok) throw new Error(`GET /api/health: ${response.status}`);
      await response.arrayBuffer();
    },
  );
}

function buildServer(): void {
  const built = spawnSync(process.execPath, ['scripts/build-server.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`npm run build:server failed:\n${built.stdout}${built.stderr}`);
}

export async function run(): Promise<void> {
  buildServer();
  const work = await mkdtemp(join(tmpdir(), 'plan-annotator-startup-'));
  const times: Record<'fresh' | 'existing', Record<Side, number[]>> = {
    fresh: { floor: [], built: [], sources: [] },
    existing: { floor: [], built: [], sources: [] },
  };
  const cpu: Record<'fresh' | 'existing', Record<Side, number[]>> = {
    fresh: { floor: [], built: [], sources: [] },
    existing: { floor: [], built: [], sources: [] },
  };
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const order = SIDES.map((_, i) => SIDES[(i + round) % SIDES.length] as Side);
      const dirs = Object.fromEntries(SIDES.map((side) => [side, join(work, `${round}-${side}`)]));
      for (const kind of ['fresh', 'existing'] as const) {
        for (const side of order) {
          const { ms, cpuMs } = await startOnce(side, dirs[side] as string);
          times[kind][side].push(ms);
          if (cpuMs !== null) cpu[kind][side].push(cpuMs);
        }
      }
      for (const side of SIDES) await rm(dirs[side] as string, { recursive: true, force: true });
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }

  const rows = (['fresh', 'existing'] as const).flatMap((kind) =>
    SIDES.map((side) => ({
      folder: kind,
      start: LABELS[side],
      'median ms': Math.round(median(times[kind][side])),
      'each ms': times[kind][side].map((t) => Math.round(t)).join(' '),
      'x floor': side === 'floor' ? '' : (median(times[kind][side]) / median(times[kind].floor)).toFixed(2),
      'CPU ms': cpu[kind][side].length > 0 ? Math.round(median(cpu[kind][side])) : '',
      'CPU x floor':
        side === 'floor' || cpu[kind][side].length === 0
          ? ''
          : (median(cpu[kind][side]) / median(cpu[kind].floor)).toFixed(2),
    })),
  );
  console.log(`Spawn to first answer, ${ROUNDS} rounds (median):`);
  console.table(rows);
  for (const kind of ['fresh', 'existing'] as const) {
    const ratio = median(times[kind].built) / median(times[kind].floor);
    verdict(
      ratio <= GOAL,
      `${kind} folder: serve answers in ${ratio.toFixed(2)}x PGlite's own open (goal at most ${GOAL}x)`,
    );
  }
}
