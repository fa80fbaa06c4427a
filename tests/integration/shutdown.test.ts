/**
 * SIGTERM as a supervisor sends it (systemd, a container runtime) to `plan-annotator serve` in its own
 * process, while clients stream batch writes: each batch is answered in whole or refused in a way the
 * client retries, the server exits by itself, and after a restart on the same data every acknowledged
 * write is there once.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BatchAnswer } from '../../src/core/sync/batch.ts';
import type { Annotation } from '../../src/core/model/annotation.ts';
import type { ChangesPage, SyncRecord } from '../../src/core/sync/protocol.ts';
import { annotation } from './support/api-client.ts';
import { freePort, startServeProcess, type ServerProcess } from './support/server-process.ts';

const WRITERS = 4;
const PER_BATCH = 5;
const NODE = [process.execPath, 'bin/plan-annotator.js'];

describe('shutdown: SIGTERM during a stream of batch writes (PGlite on disk, via the CLI)', () => {
  let dataDir = '';
  let server: ServerProcess | null = null;
  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it(
    'answers each batch in whole or retryably, exits, and keeps every acknowledged write once',
    { timeout: 180_000 },
    async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'pa-shutdown-'));
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      // At the default log level: the whole run's log is searched for secrets at the end
      // (support/log-scan-setup.ts).
      const args = ['--port', String(port), '--data', dataDir];
      server = await startServeProcess(NODE, args);

      const credentials = { username: 'steady', password: 'keeps every batch' };
      const post = (path: string) =>
        fetch(`${base}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(credentials),
        });
      expect((await post('/api/users')).status).toBe(201);
      const { token } = (await (await post('/api/tokens')).json()) as { token: string };

      // An event stream open across the shutdown: it must end, not hold the server up.
      const events = await fetch(`${base}/api/events`, { headers: { authorization: `Bearer ${token}` } });
      expect(events.status).toBe(200);
      const streamEnded = (async () => {
        const reader = events.body?.getReader();
        try {
          while (reader && !(await reader.read()).done);
        } catch {
          // A reset also ends it.
        }
      })();

      const acknowledged = new Map<string, Annotation>();
      const refusals = { retryable: 0, other: [] as string[] };
      let stopping = false;
      let serverUp: Promise<void> = Promise.resolve();

      /** One batch, sent again unchanged until answered in whole: the extension's outbox does this. */
      const sendBatch = async (records: Annotation[]): Promise<void> => {
        const writes = records.map((a) => ({ op: 'put', annotation: a, group: null, version: null }));
        for (;;) {
          await serverUp;
          let response: Response;
          try {
            response = await fetch(`${base}/api/annotations/batch`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
              body: JSON.stringify({ writes }),
            });
          } catch {
            refusals.retryable += 1;
            await new Promise((resolve) => setTimeout(resolve, 20));
            continue;
          }
          if (response.status === 503) {
            // Closing: retry once it is back.
            refusals.retryable += 1;
            await response.body?.cancel();
            await new Promise((resolve) => setTimeout(resolve, 20));
            continue;
          }
          if (response.status !== 200) {
            refusals.other.push(`${response.status} ${await response.text()}`);
            return;
          }
          const answer = (await response.json()) as BatchAnswer;
          // A whole answer: one result per write.
          expect(answer.results).toHaveLength(records.length);
          answer.results.forEach((result, i) => {
            const record = records[i] as Annotation;
            // 201 written now; 412 with our own record as current: a retried batch that had landed.
            const landed: SyncRecord | null | undefined =
              result.status === 201 ? result.record : result.current;
            expect(landed?.annotation, `write ${result.status}`).toEqual(record);
            acknowledged.set(record.id, record);
          });
          return;
        }
      };

      let batches = 0;
      const writer = async (n: number) => {
        while (!stopping) {
          const records = Array.from({ length: PER_BATCH }, (_, i) =>
            annotation({ body: { comment: `writer ${n} batch ${batches} item ${i}`, tags: [] } }),
          );
          await sendBatch(records);
          batches += 1;
        }
      };
      const writers = Array.from({ length: WRITERS }, (_, n) => writer(n));

      while (batches < 20) await new Promise((resolve) => setTimeout(resolve, 10));
      let up: () => void = () => undefined;
      serverUp = new Promise((resolve) => (up = resolve));
      // Some requests are in flight now; SIGTERM, and the process must stop by itself.
      server.child.kill('SIGTERM');
      const code = await server.exited;
      expect(code, server.output()).toBe(0);
      await streamEnded;
      expect(server.output()).not.toMatch(/did not stop cleanly/);

      server = await startServeProcess(NODE, args);
      up();
      const target = batches + 10;
      while (batches < target) await new Promise((resolve) => setTimeout(resolve, 10));
      stopping = true;
      await Promise.all(writers);
      expect(refusals.other).toEqual([]);

      // A second SIGTERM with nothing in flight, then everything read back from the reopened data.
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      server = await startServeProcess(NODE, args);
      const seen = new Map<string, SyncRecord>();
      let duplicates = 0;
      let cursor = '0';
      for (;;) {
        const response = await fetch(`${base}/api/changes?since=${cursor}&limit=500`, {
          headers: { authorization: `Bearer ${token}` },
        });
        const page = (await response.json()) as ChangesPage;
        for (const change of page.changes) {
          if (seen.has(change.id)) duplicates += 1;
          seen.set(change.id, change);
        }
        cursor = page.cursor;
        if (!page.more) break;
      }
      expect(duplicates).toBe(0);
      expect(acknowledged.size).toBeGreaterThanOrEqual(30 * PER_BATCH);
      for (const [id, record] of acknowledged) {
        expect(seen.get(id)?.annotation, `acknowledged ${id} is missing`).toEqual(record);
        expect(seen.get(id)?.version).toBe(1);
      }
      expect(seen.size).toBe(acknowledged.size);
    },
  );
});
