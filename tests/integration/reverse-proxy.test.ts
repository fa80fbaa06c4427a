/**
 * The server behind nginx as server/README.md configures it: TLS with a certificate made for the test,
 * two `plan-annotator serve` instances on one PostgreSQL, each behind its own nginx server block (so the
 * test knows which instance answers). A member signed in through one sees, on their event stream
 * through nginx, a write made through the other instance, then fetches it from the feed.
 */
import { request as httpsRequest } from 'node:https';
import { afterAll, expect, it } from 'vitest';
import type { ChangesPage, SyncRecord } from '../../src/core/sync/protocol.ts';
import {
  databaseUrlOf,
  NGINX,
  nginxAvailable,
  startBehindNginx,
  type ProxiedInstances,
} from '../support/reverse-proxy.ts';
import { describeIfAvailable, requireCondition } from '../support/require-env.ts';
import { annotation } from './support/api-client.ts';
import { recordAnswer, recordRequest } from './support/run-record.ts';
import { STORES, type OpenStore } from './support/stores.ts';

const postgres = STORES[1] as (typeof STORES)[number];
const nginxHere = requireCondition(
  'nginx',
  nginxAvailable(),
  `${NGINX} is missing (apt-get install nginx-light)`,
);

interface Answer {
  status: number;
  body: unknown;
}

describeIfAvailable(
  'behind nginx with TLS, two instances on one PostgreSQL',
  nginxHere && postgres.available ? 'yes' : null,
  () => {
    let ca: Buffer;
    let store: OpenStore | null = null;
    let proxy: ProxiedInstances | null = null;
    afterAll(async () => {
      await proxy?.dispose();
      await store?.dispose();
    });

    const call = (
      base: string,
      method: string,
      path: string,
      body?: unknown,
      token?: string,
    ): Promise<Answer> =>
      new Promise((resolve, reject) => {
        const payload = body === undefined ? undefined : JSON.stringify(body);
        recordRequest(path, { authorization: token }, body);
        const req = httpsRequest(
          `${base}${path}`,
          {
            method,
            ca,
            headers: {
              ...(payload ? { 'content-type': 'application/json' } : {}),
              ...(token ? { authorization: `Bearer ${token}` } : {}),
            },
          },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (text += chunk));
            res.on('end', () => {
              const answer = text ? (JSON.parse(text) as unknown) : null;
              recordAnswer(answer);
              resolve({ status: res.statusCode ?? 0, body: answer });
            });
          },
        );
        req.on('error', reject);
        req.end(payload);
      });

    it('carries a live event from one instance to the other, over TLS', { timeout: 240_000 }, async () => {
      store = await postgres.open();
      proxy = await startBehindNginx({
        databaseUrl: await databaseUrlOf(store),
        serverNames: ['localhost', 'localhost'],
      });
      ca = proxy.certificate;
      const [one, two] = proxy.ports as [number, number];
      const viaOne = `https://127.0.0.1:${one}`;
      const viaTwo = `https://127.0.0.1:${two}`;
      // Ready through both, which also waits for nginx to listen.
      for (const base of [viaOne, viaTwo]) {
        for (let attempt = 0; ; attempt++) {
          const ready = await call(base, 'GET', '/api/ready').catch(() => null);
          if (ready?.status === 200) break;
          if (attempt > 200) throw new Error(`nginx did not answer: ${await proxy.errorLog()}`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }

      const account = async (base: string, username: string) => {
        const credentials = { username, password: 'through the proxy' };
        expect((await call(base, 'POST', '/api/users', credentials)).status).toBe(201);
        return ((await call(base, 'POST', '/api/tokens', credentials)).body as { token: string }).token;
      };
      const alice = await account(viaOne, 'alice');
      const bob = await account(viaTwo, 'bob');
      const group = (await call(viaOne, 'POST', '/api/groups', { name: 'Proxied' }, alice)).body as {
        id: string;
        inviteCode: string;
      };
      expect(
        (await call(viaTwo, 'POST', `/api/groups/${group.id}/members`, { inviteCode: group.inviteCode }, bob))
          .status,
      ).toBe(201);

      // bob's event stream, through nginx to instance two.
      const events: string[] = [];
      let onEvent: () => void = () => undefined;
      const stream = httpsRequest(
        `${viaTwo}/api/events`,
        { ca, headers: { authorization: `Bearer ${bob}` } },
        (res) => {
          expect(res.statusCode).toBe(200);
          res.setEncoding('utf8');
          let buffer = '';
          res.on('data', (chunk: string) => {
            buffer += chunk;
            for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
              const block = buffer.slice(0, end);
              buffer = buffer.slice(end + 2);
              const data = /^data: (.*)$/m.exec(block);
              if (/^event: changed$/m.test(block) && data)
                events.push((JSON.parse(data[1] as string) as { cursor: string }).cursor);
              onEvent();
            }
          });
        },
      );
      stream.on('error', () => undefined);
      stream.end();
      const eventCount = async (n: number) => {
        while (events.length < n) await new Promise<void>((resolve) => (onEvent = resolve));
      };
      await eventCount(1);
      const head = events[0] as string;

      // alice writes through instance one.
      const record = annotation({ visibility: 'group', body: { comment: 'crossed the proxy', tags: [] } });
      const put = await fetchPut(viaOne, record, group.id, alice);
      expect(put.status).toBe(201);
      const written = put.body as SyncRecord;
      // The event reaches bob's stream on instance two, unbuffered.
      await eventCount(2);
      expect(events[1]).toBe(written.seq);
      const page = (await call(viaTwo, 'GET', `/api/changes?since=${head}`, undefined, bob))
        .body as ChangesPage;
      expect(page.changes.map((c) => c.id)).toEqual([record.id]);
      stream.destroy();

      async function fetchPut(
        base: string,
        a: ReturnType<typeof annotation>,
        groupId: string,
        token: string,
      ) {
        recordRequest('', { authorization: token }, { annotation: a });
        return new Promise<Answer>((resolve, reject) => {
          const req = httpsRequest(
            `${base}/api/annotations/${a.id}`,
            {
              method: 'PUT',
              ca,
              headers: {
                'content-type': 'application/json',
                'if-none-match': '*',
                authorization: `Bearer ${token}`,
              },
            },
            (res) => {
              let text = '';
              res.setEncoding('utf8');
              res.on('data', (chunk: string) => (text += chunk));
              res.on('end', () => {
                const answer = JSON.parse(text) as unknown;
                recordAnswer(answer);
                resolve({ status: res.statusCode ?? 0, body: answer });
              });
            },
          );
          req.on('error', reject);
          req.end(JSON.stringify({ annotation: a, group: groupId }));
        });
      }
    });
  },
);
