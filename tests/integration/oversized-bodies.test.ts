import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from './support/app.ts';
import { DRAIN_CAP } from '../../server/http/drain-body.ts';
import { annotation, call, signUp, type Account, MANY_SIGNUPS } from './support/api-client.ts';
import { forEachStore, type OpenStore } from './support/stores.ts';

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** What went wrong on the socket while the body was sent or the answer read, if anything. */
  socketError: string | null;
  /** Bytes of the body handed to the socket before it closed. */
  sent: number;
}

/**
 * One request over a bare TCP socket, as a client without `Expect: 100-continue` sends it: the head and
 * the whole body written at once, then the answer read until the server closes the connection.
 */
function rawRequest(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
  body: Buffer,
  /** Sent with `Transfer-Encoding: chunked`, no length announced. */
  chunked = false,
): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    let socketError: string | null = null;
    let sent = 0;
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      socketError = error.code ?? error.message;
    });
    socket.on('close', () => {
      const text = Buffer.concat(received).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const answerHeaders: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        if (colon > 0) answerHeaders[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({
        status: Number(statusLine.split(' ')[1] ?? 0),
        headers: answerHeaders,
        body: rest.join('\r\n\r\n'),
        socketError,
        sent,
      });
    });
    const head =
      `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
      (chunked ? 'Transfer-Encoding: chunked\r\n' : `Content-Length: ${body.length}\r\n`) +
      Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('') +
      '\r\n';
    // Sent piece by piece, each handed to the socket before the next, as a client on a real network
    // would: the server (in this same process) has its turns while the upload is still under way.
    const send = async () => {
      socket.write(head);
      for (let at = 0; at < body.length && !socket.destroyed; at += PIECE) {
        const piece = body.subarray(at, at + PIECE);
        const framed = chunked
          ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')])
          : piece;
        await new Promise<void>((done) => socket.write(framed, () => done()));
        if (!socket.destroyed) sent += piece.length;
        await new Promise<void>((turn) => setImmediate(turn));
      }
      socket.end(chunked ? '0\r\n\r\n' : '');
    };
    void send();
  });
}

const PIECE = 64 * 1024;

/** A JSON object of about `bytes` bytes: an annotation whose comment is padded far past any limit. */
function hugeJson(bytes: number, wrap: (comment: string) => unknown): Buffer {
  return Buffer.from(JSON.stringify(wrap('x'.repeat(bytes))));
}

forEachStore('bodies over the limit', (kind) => {
  let store: OpenStore;
  let app: FastifyInstance;
  let port: number;
  let alice: Account;

  beforeAll(async () => {
    store = await kind.open();
    app = await buildApp(store.db, MANY_SIGNUPS);
    alice = await signUp(app, 'uploader');
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (address === null || typeof address === 'string') throw new Error('not listening on a port');
    port = address.port;
  });
  afterAll(async () => {
    await app?.close();
    await store?.dispose();
  });

  const json = (token: string) => ({
    'Content-Type': 'application/json',
    Authorization: `Bearer ${token}`,
  });

  it('a 5 MB PUT of one annotation is answered 413 with its message, read by the client', async () => {
    const record = annotation();
    const answer = await rawRequest(
      port,
      'PUT',
      `/api/annotations/${record.id}`,
      { ...json(alice.token), 'If-None-Match': '*' },
      hugeJson(5 * 1024 * 1024, (comment) => ({ annotation: { ...record, body: { comment, tags: [] } } })),
    );
    expect(answer.socketError).toBeNull();
    expect(answer.status).toBe(413);
    expect(answer.headers['connection']).toBe('close');
    expect(JSON.parse(answer.body)).toEqual({ error: 'the body is larger than 256 KB' });
    // Nothing was written, and the server goes on answering.
    const read = await call(app, 'GET', `/api/annotations/${record.id}`, { token: alice.token });
    expect(read.status).toBe(404);
  });

  it('a 5 MB batch is answered 413 with the batch limit in its message', async () => {
    const answer = await rawRequest(
      port,
      'POST',
      '/api/annotations/batch',
      json(alice.token),
      hugeJson(5 * 1024 * 1024, (comment) => ({
        writes: [{ op: 'put', annotation: annotation({ body: { comment, tags: [] } }), version: null }],
      })),
    );
    expect(answer.socketError).toBeNull();
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({ error: 'the body is larger than 4000 KB' });
  });

  it('a 3 MB POST to the W3C container is answered 413 with its message', async () => {
    const answer = await rawRequest(
      port,
      'POST',
      '/annotations/',
      { 'Content-Type': 'application/ld+json', Authorization: `Bearer ${alice.token}` },
      hugeJson(3 * 1024 * 1024, (value) => ({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'Annotation',
        body: { type: 'TextualBody', value },
        target: 'https://example.org/plan',
      })),
    );
    expect(answer.socketError).toBeNull();
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({ error: 'the body is larger than 256 KB' });
  });

  it('a body sent in chunks, with no length given, is answered 413 once it passes the limit', async () => {
    const answer = await rawRequest(
      port,
      'POST',
      '/api/annotations/batch',
      json(alice.token),
      hugeJson(5 * 1024 * 1024, (comment) => ({
        writes: [{ op: 'put', annotation: annotation({ body: { comment, tags: [] } }), version: null }],
      })),
      true,
    );
    expect(answer.socketError).toBeNull();
    expect(answer.status).toBe(413);
    // The answer is chunked too: its JSON sits inside the framing.
    expect(answer.body).toContain('{"error":"the body is larger than 4000 KB"}');
  });

  it('past the cap the rest of an upload is not read: the socket is closed under the sender', async () => {
    // Bandwidth stays bounded: a client that sends on and on is cut off, its upload never all read.
    const record = annotation();
    const answer = await rawRequest(
      port,
      'PUT',
      `/api/annotations/${record.id}`,
      { ...json(alice.token), 'If-None-Match': '*' },
      Buffer.alloc(DRAIN_CAP + 32 * 1024 * 1024, 'x'),
    );
    expect(answer.sent).toBeLessThan(DRAIN_CAP + 32 * 1024 * 1024);
    expect((await call(app, 'GET', '/api/health')).status).toBe(200);
  });
});
