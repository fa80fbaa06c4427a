import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/core/model/annotation.ts';
import type { ChangesPage, SyncRecord } from '../../src/core/sync/protocol.ts';
import { annotation } from './support/api-client.ts';
import { freePort, startServeProcess, type ServerProcess } from './support/server-process.ts';

const KILLS = 4;
const WRITERS = 4;

/** The server as its users run it: the CLI in a child process, on a data directory that outlives it. */
async function startServer(port: number, dataDir: string): Promise<ServerProcess> {
  return startServeProcess(
    [process.execPath, 'bin/plan-annotator.js'],
    ['--port', String(port), '--data', dataDir],
  );
}

async function kill(server: ServerProcess): Promise<void> {
  server.child.kill('SIGKILL');
  await server.exited;
}

describe('faults: the server killed mid-sync (PGlite on disk, via the CLI)', () => {
  let dataDir = '';
  let server: ServerProcess | null = null;
  afterAll(async () => {
    if (server && server.child.exitCode === null) await kill(server);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it(`loses no acknowledged write and duplicates none across ${KILLS} SIGKILLs`, async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pa-faults-'));
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = await startServer(port, dataDir);

    const credentials = { username: 'survivor', password: 'keeps every write' };
    const post = (path: string) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(credentials),
      });
    expect((await post('/api/users')).status).toBe(201);
    const { token } = (await (await post('/api/tokens')).json()) as { token: string };

    /** What the server acknowledged: per id, the last version and content it answered with. */
    const acknowledged = new Map<string, { version: number; annotation: Annotation }>();
    let acks = 0;
    let stopping = false;
    // Writers wait on this while the server is down; the controller replaces it at each restart.
    let serverUp: Promise<void> = Promise.resolve();

    /** One request, retried unchanged until the server answers: that is what the extension's outbox does. */
    const send = async (method: 'PUT', id: string, headers: Record<string, string>, body: unknown) => {
      for (;;) {
        await serverUp;
        try {
          const response = await fetch(`${base}/api/annotations/${id}`, {
            method,
            headers: { ...headers, 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify(body),
          });
          return {
            status: response.status,
            body: (await response.json()) as SyncRecord & { current?: SyncRecord },
          };
        } catch {
          // Connection refused or reset: the server is down; wait for the restart and send again.
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
    };

    const writer = async () => {
      while (!stopping) {
        const record = annotation({ body: { comment: `written at ack ${acks}`, tags: [] } });
        const created = await send('PUT', record.id, { 'if-none-match': '*' }, { annotation: record });
        // A 412 on a retried create whose record is ours means the first attempt landed before the kill.
        const landed = created.status === 201 ? created.body : created.body.current;
        expect(landed?.annotation).toEqual(record);
        acknowledged.set(record.id, { version: landed?.version ?? 0, annotation: record });
        acks += 1;

        const edited = { ...record, body: { comment: 'edited once', tags: ['edited'] } };
        const updated = await send('PUT', record.id, { 'if-match': '"1"' }, { annotation: edited });
        const after = updated.status === 200 ? updated.body : updated.body.current;
        expect(after?.annotation).toEqual(edited);
        acknowledged.set(record.id, { version: after?.version ?? 0, annotation: edited });
        acks += 1;
      }
    };

    const writers = Array.from({ length: WRITERS }, writer);
    for (let kill_ = 0; kill_ < KILLS; kill_++) {
      const target = acks + 20 + kill_ * 7;
      while (acks < target) await new Promise((resolve) => setTimeout(resolve, 10));
      let up: () => void = () => undefined;
      serverUp = new Promise((resolve) => (up = resolve));
      if (server) await kill(server);
      server = await startServer(port, dataDir);
      up();
    }
    const final = acks + 10;
    while (acks < final) await new Promise((resolve) => setTimeout(resolve, 10));
    stopping = true;
    await Promise.all(writers);

    // One more hard stop with nothing in flight, then read everything back from the reopened data.
    await kill(server);
    server = await startServer(port, dataDir);
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
    expect(acknowledged.size).toBeGreaterThan(40);
    for (const [id, ack] of acknowledged) {
      const stored = seen.get(id);
      expect(stored, `acknowledged ${id} is missing`).toBeDefined();
      expect(stored?.version).toBe(ack.version);
      expect(stored?.annotation).toEqual(ack.annotation);
    }
    // Every write was retried until acknowledged, so the server holds exactly the acknowledged set.
    expect(seen.size).toBe(acknowledged.size);
  }, 180_000);
});
