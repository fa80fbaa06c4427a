/**
 * The request log an operator reads: one JSON line per request (id, method, route, status, time), and
 * nothing in it that is a secret or a reviewer's words, whatever the requests carried.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './support/app.ts';
import { annotation, call } from './support/api-client.ts';
import { serverLogSink, serverName } from './support/run-record.ts';
import { STORES, type OpenStore } from './support/stores.ts';

describe('request logs', () => {
  let store: OpenStore;
  let app: FastifyInstance;
  const lines: string[] = [];
  const sink = serverLogSink(serverName('app'));

  beforeAll(async () => {
    store = await (STORES[0] as (typeof STORES)[number]).open();
    app = await buildApp(store.db, {
      signupsPerHour: 1000,
      logger: {
        level: 'info',
        stream: {
          write: (line: string) => {
            lines.push(line);
            // Into the run's log too, scanned at the end with every other server's.
            sink.write(line);
          },
        },
      },
    });
  });
  afterAll(async () => {
    await app?.close();
    await store?.dispose();
  });

  it('hold one line per request and no password, token, invite code or annotation text', async () => {
    const password = `pw-${randomUUID()}`;
    const username = `logged-${process.pid}`;
    const secrets: string[] = [password];
    const text = `Comment nobody may log ${randomUUID()}`;
    const quote = `Quoted passage ${randomUUID()}`;
    secrets.push(text, quote);

    expect((await call(app, 'POST', '/api/users', { body: { username, password } })).status).toBe(201);
    // A wrong password, and a right one.
    const wrong = `wrong-${randomUUID()}`;
    secrets.push(wrong);
    expect((await call(app, 'POST', '/api/tokens', { body: { username, password: wrong } })).status).toBe(
      401,
    );
    const signedIn = await call<{ token: string }>(app, 'POST', '/api/tokens', {
      body: { username, password },
    });
    const token = signedIn.body.token;
    secrets.push(token);

    const group = await call<{ id: string; inviteCode: string }>(app, 'POST', '/api/groups', {
      token,
      body: { name: 'Logged group' },
    });
    secrets.push(group.body.inviteCode);
    const other = `other-${process.pid}`;
    await call(app, 'POST', '/api/users', { body: { username: other, password } });
    const otherToken = (
      await call<{ token: string }>(app, 'POST', '/api/tokens', { body: { username: other, password } })
    ).body.token;
    secrets.push(otherToken);
    const wrongCode = `code-${randomUUID()}`;
    secrets.push(wrongCode);
    expect(
      (
        await call(app, 'POST', `/api/groups/${group.body.id}/members`, {
          token: otherToken,
          body: { inviteCode: wrongCode },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(app, 'POST', `/api/groups/${group.body.id}/members`, {
          token: otherToken,
          body: { inviteCode: group.body.inviteCode },
        })
      ).status,
    ).toBe(201);

    const record = annotation({
      visibility: 'group',
      body: { comment: text, tags: [] },
      target: {
        source: 'https://example.org/plan',
        selector: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }],
      },
    });
    const put = await call(app, 'PUT', `/api/annotations/${record.id}`, {
      token,
      headers: { 'if-none-match': '*' },
      body: { annotation: record, group: group.body.id },
    });
    expect(put.status).toBe(201);
    const batched = annotation({ body: { comment: `${text} (batched)`, tags: [] } });
    expect(
      (
        await call(app, 'POST', '/api/annotations/batch', {
          token,
          body: { writes: [{ op: 'put', annotation: batched, group: null, version: null }] },
        })
      ).status,
    ).toBe(200);
    // Refused bodies: the refusal names the field, the log does not repeat the body.
    expect(
      (
        await call(app, 'PUT', `/api/annotations/${randomUUID()}`, {
          token,
          headers: { 'if-none-match': '*' },
          body: { annotation: { ...record, id: 'not-an-id', body: { comment: text } } },
        })
      ).status,
    ).toBe(400);
    // A bad token, a token in a query string someone pasted, a token in a cookie.
    const stray = `pa_${randomUUID().replaceAll('-', '')}`;
    secrets.push(stray);
    expect((await call(app, 'GET', '/api/me', { token: stray })).status).toBe(401);
    await call(app, 'GET', `/api/changes?since=0&access_token=${stray}`, { token });
    await call(app, 'GET', `/api/changes?since=0`, { token, headers: { cookie: `session=${stray}` } });
    expect((await call(app, 'GET', `/api/annotations/${record.id}`, { token: otherToken })).status).toBe(200);
    await call(app, 'GET', `/api/groups/${group.body.id}/export?format=csv`, { token });
    await call(app, 'GET', `/no/such/route?token=${stray}`);
    // A URL the router cannot decode is answered before any hook: it is logged all the same.
    expect((await call(app, 'GET', `/api/%zz/${stray}`)).status).toBe(400);
    await call(app, 'GET', '/api/ready');

    const log = lines.join('');
    for (const secret of secrets) expect(log).not.toContain(secret);
    expect(log).not.toMatch(/pa_[A-Za-z0-9_-]{20,}/);

    const requests = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((l) => l.msg === 'request');
    // One line per request made above (19 of them).
    expect(requests).toHaveLength(19);
    const ids = new Set(requests.map((r) => r.reqId));
    expect(ids.size).toBe(requests.length);
    for (const line of requests) {
      expect(line).toEqual(
        expect.objectContaining({
          reqId: expect.any(String),
          method: expect.any(String),
          status: expect.any(Number),
          ms: expect.any(Number),
          level: 30,
          time: expect.any(Number),
        }),
      );
      expect(line).toHaveProperty('route');
    }
    expect(requests.map((r) => r.route)).toContain('/api/annotations/:id');
    expect(requests.find((r) => r.route === '/api/annotations/batch')?.status).toBe(200);
  });
});
