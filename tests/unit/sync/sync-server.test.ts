import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextCursor, SyncServer } from '../../../src/background/sync/sync-server.ts';
import type { SyncRecord } from '../../../src/core/sync/protocol.ts';

const GOOD: SyncRecord = {
  id: '6f1c2a52-5b1e-4c59-9a39-0a4f7f0c2d11',
  annotation: {
    id: '6f1c2a52-5b1e-4c59-9a39-0a4f7f0c2d11',
    motivation: 'commenting',
    target: {
      source: 'https://example.gov/plan-2025.html',
      selector: [{ type: 'TextQuoteSelector', exact: 'Open contracting', prefix: '', suffix: '' }],
    },
    body: { comment: 'Milestone 1.1 is late.', tags: [] },
    document: { title: 'National Action Plan' },
    visibility: 'group',
    created: '2026-01-31T12:00:00.000Z',
    modified: '2026-01-31T12:00:00.000Z',
  },
  group: '2c0b8f0e-9d7a-4f7e-8a55-3e6f2b1d4c00',
  creator: '8a3e1c55-0f2b-4d6e-9c7a-5b4d3e2f1a00',
  version: 2,
  seq: '8',
  deleted: false,
  hidden: false,
};

let server: Server | null = null;

/** A real HTTP server that answers every request with `body`. */
async function answering(body: unknown): Promise<string> {
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  vi.restoreAllMocks();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = null;
});

describe('SyncServer.openChanges, read', () => {
  it('skips a record it cannot read and gives the others and the cursor', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const bad = { ...GOOD, id: '6f1c2a52-5b1e-4c59-9a39-0a4f7f0c2d12', version: 'three' };
    const base = await answering({ changes: [bad, GOOD], cursor: '9', more: false });
    const page = await (await new SyncServer(base, 'token').openChanges('0', 200)).read();
    expect(page).toEqual({ changes: [GOOD], cursor: '9', more: false });
    expect(warn).toHaveBeenCalledOnce();
  });

  it('still refuses a page whose cursor it cannot read', async () => {
    const base = await answering({ changes: [GOOD], cursor: 'nine', more: false });
    await expect((await new SyncServer(base, 'token').openChanges('0', 200)).read()).rejects.toThrow();
  });
});

describe('nextCursor', () => {
  const from = 'https://sync.example.org/api/changes?since=0&limit=200';
  it("reads the cursor of the feed's next page from a Link header, relative or not", () => {
    expect(nextCursor('<changes?since=1200&limit=200>; rel="next"', from)).toBe('1200');
    expect(nextCursor('</api/changes?since=7>;rel=next', from)).toBe('7');
    expect(nextCursor('<https://sync.example.org/api/changes?since=8>; rel="prev next"', from)).toBe('8');
    expect(nextCursor('<changes?since=3>; rel="prev", <changes?since=9>; rel="next"', from)).toBe('9');
    // Behind a proxy that serves the API under a path of its own, a relative link stays under it.
    expect(
      nextCursor('<changes?since=5>; rel="next"', 'https://example.org/annotator/api/changes?since=0'),
    ).toBe('5');
  });

  it('ignores a link elsewhere, of another kind, or without a readable cursor', () => {
    expect(nextCursor(null, from)).toBeNull();
    expect(nextCursor('<changes?since=1200>; rel="prev"', from)).toBeNull();
    expect(nextCursor('<changes?since=1200>; rel="nextpage"', from)).toBeNull();
    expect(nextCursor('<https://elsewhere.example/api/changes?since=1200>; rel="next"', from)).toBeNull();
    expect(nextCursor('</api/annotations?since=1200>; rel="next"', from)).toBeNull();
    expect(nextCursor('<changes?since=-1>; rel="next"', from)).toBeNull();
    expect(nextCursor('<changes>; rel="next"', from)).toBeNull();
    expect(nextCursor('<'.repeat(50_000), from)).toBeNull();
  });
});

describe('SyncServer.openChanges, timing', () => {
  /** A real HTTP server whose page of changes sends its headers at once and its body after `bodyAfterMs`. */
  async function feed(bodyAfterMs: number): Promise<string> {
    server = createServer((_request, response) => {
      response.writeHead(200, {
        'content-type': 'application/json',
        link: '<changes?since=9&limit=200>; rel="next"',
      });
      response.flushHeaders();
      const body = JSON.stringify({ changes: [GOOD], cursor: '9', more: true });
      setTimeout(() => response.end(body), bodyAfterMs);
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  // The limits leave a local server's headers a second or more: a busy machine must not fail these.
  it('gives the next cursor from the headers, and a body read later than the time limit', async () => {
    const opened = await new SyncServer(await feed(0), 'token', 1500).openChanges('0', 200);
    expect(opened.next).toBe('9');
    // Longer than the limit passes between the headers and the read, as while the page before is stored.
    await pause(2000);
    await expect(opened.read()).resolves.toEqual({ changes: [GOOD], cursor: '9', more: true });
  });

  it('gives up a body that does not come within the time limit, as "no answer"', async () => {
    const opened = await new SyncServer(await feed(4000), 'token', 1000).openChanges('0', 200);
    await expect(opened.read()).rejects.toMatchObject({ status: 0, offline: true });
  });

  it('lets a page asked for ahead be given up', async () => {
    const stop = new AbortController();
    const opened = await new SyncServer(await feed(1000), 'token', 5000).openChanges('0', 200, stop.signal);
    stop.abort();
    await expect(opened.read()).rejects.toMatchObject({ status: 0 });
  });
});
