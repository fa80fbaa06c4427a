import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { isolatesWrites, ServerError, SyncServer } from '../../../src/background/sync/sync-server.ts';
import type { BatchWriteItem } from '../../../src/core/sync/batch.ts';

const LIMIT = 4096;
const BIG = 'x'.repeat(LIMIT);

function note(n: number, comment = `Note ${n}.`): BatchWriteItem {
  const id = `6f1c2a52-5b1e-4c59-9a39-${String(n).padStart(12, '0')}`;
  return {
    op: 'put',
    group: null,
    version: null,
    annotation: {
      id,
      motivation: 'commenting',
      target: {
        source: 'https://example.gov/plan.html',
        selector: [{ type: 'TextQuoteSelector', exact: 'Open contracting', prefix: '', suffix: '' }],
      },
      body: { comment, tags: [] },
      document: { title: 'Plan' },
      visibility: 'private',
      created: '2026-01-31T12:00:00.000Z',
      modified: '2026-01-31T12:00:00.000Z',
    },
  };
}

let server: Server | null = null;
/** The batches the server was sent, as the number of writes in each. */
let seen: number[] = [];

/**
 * A real HTTP server in the place of the sync server, behind a proxy's body limit: it reads each whole
 * request, answers 413 (with the proxy's words) above LIMIT bytes, `whole` for a batch holding a
 * comment it refuses whole, and else takes every write.
 */
async function serverWith(refuseWhole: { comment: string; status: number } | null = null): Promise<string> {
  seen = [];
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const answer = (status: number, json: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(json));
      };
      if (body.length > LIMIT) return answer(413, { error: `request body is larger than ${LIMIT} bytes` });
      const { writes } = JSON.parse(body.toString('utf8')) as { writes: BatchWriteItem[] };
      seen.push(writes.length);
      const refused = writes.some(
        (w) => w.op === 'put' && w.annotation.body.comment === refuseWhole?.comment,
      );
      if (refuseWhole && refused) return answer(refuseWhole.status, { error: 'not today' });
      return answer(200, { results: writes.map(() => ({ status: 201 })) });
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = null;
});

describe('SyncServer.batch: a write refused for good is isolated, the others go through', () => {
  it('isolates the one write too large for the server (413) and sends the rest', async () => {
    const writes = [note(1), note(2), note(3, BIG), note(4), note(5)];
    const results = await new SyncServer(await serverWith(), 'token').batch(writes);
    expect(results.map((r) => r.status)).toEqual([201, 201, 413, 201, 201]);
    expect(results[2]).toEqual({
      status: 413,
      error: `request body is larger than ${LIMIT} bytes`,
      whole: true,
    });
    // Every write that fits reached the server, each once.
    expect(seen.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it.each([400, 403, 409, 413, 415, 422])(
    'isolates a write whose batch is refused whole with %i',
    async (status) => {
      const writes = [note(1), note(2, 'refuse me'), note(3)];
      const results = await new SyncServer(await serverWith({ comment: 'refuse me', status }), 'token').batch(
        writes,
      );
      expect(results).toEqual([
        { status: 201 },
        { status, error: 'not today', whole: true },
        { status: 201 },
      ]);
    },
  );

  it.each([401, 404, 408, 429, 503])(
    'fails the whole batch on %i, to be tried again as it is',
    async (status) => {
      const base = await serverWith({ comment: 'refuse me', status });
      const failure = await new SyncServer(base, 'token')
        .batch([note(1), note(2, 'refuse me')])
        .catch((e) => e);
      expect(failure).toBeInstanceOf(ServerError);
      expect((failure as ServerError).status).toBe(status);
      // Not split: one request, no write judged on its own.
      expect(seen).toEqual([2]);
    },
  );

  it('tells the refusals that isolate writes from those of the moment or the account', () => {
    expect([400, 403, 409, 410, 413, 415, 422].every(isolatesWrites)).toBe(true);
    expect([200, 401, 404, 405, 408, 425, 429, 500, 502, 503, 0].some(isolatesWrites)).toBe(false);
  });
});
