/**
 * The server behind nginx as server/README.md configures it: TLS with a certificate made for the test,
 * two `plan-annotator serve` instances on one PostgreSQL, each behind its own nginx server block (so the
 * test knows which instance answers). A member signed in through one sees, on their event stream
 * through nginx, a write made through the other instance, then fetches it from the feed.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import type { ChangesPage, SyncRecord } from '../../src/core/sync/protocol.ts';
import { describeIfAvailable, requireCondition } from '../support/require-env.ts';
import { annotation } from './support/api-client.ts';
import { freePort, startServeProcess, type ServerProcess } from './support/server-process.ts';
import { STORES, type OpenStore } from './support/stores.ts';

const run = promisify(execFile);
const NGINX = '/usr/sbin/nginx';
const postgres = STORES[1] as (typeof STORES)[number];
const nginxHere = requireCondition(
  'nginx',
  existsSync(NGINX),
  `${NGINX} is missing (apt-get install nginx-light)`,
);

/** The README's proxy settings for one instance, on a port of its own. */
function serverBlock(port: number, upstream: number, dir: string): string {
  const common = `proxy_pass http://127.0.0.1:${upstream};
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $scheme;`;
  return `
    server {
      listen 127.0.0.1:${port} ssl;
      server_name localhost;
      ssl_certificate ${dir}/cert.pem;
      ssl_certificate_key ${dir}/key.pem;
      client_max_body_size 5m;
      location / {
        ${common}
      }
      location = /api/events {
        ${common}
        proxy_buffering off;
        proxy_cache off;
        proxy_read_timeout 1h;
      }
    }`;
}

interface Answer {
  status: number;
  body: unknown;
}

describeIfAvailable(
  'behind nginx with TLS, two instances on one PostgreSQL',
  nginxHere && postgres.available ? 'yes' : null,
  () => {
    let dir = '';
    let ca: Buffer;
    let store: OpenStore | null = null;
    const servers: ServerProcess[] = [];
    let nginx: ChildProcess | null = null;
    afterAll(async () => {
      if (nginx && nginx.exitCode === null) {
        const exited = new Promise((resolve) => nginx?.once('exit', resolve));
        nginx.kill('SIGQUIT');
        await exited;
      }
      for (const server of servers) {
        if (server.child.exitCode === null) server.child.kill('SIGTERM');
        await server.exited;
      }
      await store?.dispose();
      if (dir) await rm(dir, { recursive: true, force: true });
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
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, body: text ? (JSON.parse(text) as unknown) : null }),
            );
          },
        );
        req.on('error', reject);
        req.end(payload);
      });

    it('carries a live event from one instance to the other, over TLS', { timeout: 240_000 }, async () => {
      dir = await mkdtemp(join(tmpdir(), 'pa-proxy-'));
      await run('openssl', [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
      ]);
      ca = await readFile(join(dir, 'cert.pem'));

      store = await postgres.open();
      const name = (await store.db.query<{ d: string }>('select current_database() as d'))[0]?.d as string;
      const url = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
      url.pathname = `/${name}`;
      const env = { DATABASE_URL: url.toString(), TRUST_PROXY: 'loopback', LOG_LEVEL: 'warn' };
      const node = [process.execPath, 'bin/plan-annotator.js'];
      const [a, b] = [await freePort(), await freePort()];
      servers.push(await startServeProcess(node, ['--port', String(a)], { env }));
      servers.push(await startServeProcess(node, ['--port', String(b)], { env }));

      const [one, two] = [await freePort(), await freePort()];
      await writeFile(
        join(dir, 'nginx.conf'),
        `daemon off;
      master_process on;
      worker_processes 1;
      pid ${dir}/nginx.pid;
      error_log ${dir}/error.log warn;
      events { worker_connections 64; }
      http {
        access_log off;
        client_body_temp_path ${dir}/body;
        proxy_temp_path ${dir}/proxy;
        fastcgi_temp_path ${dir}/fastcgi;
        uwsgi_temp_path ${dir}/uwsgi;
        scgi_temp_path ${dir}/scgi;
        ${serverBlock(one, a, dir)}
        ${serverBlock(two, b, dir)}
      }`,
      );
      nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const viaOne = `https://127.0.0.1:${one}`;
      const viaTwo = `https://127.0.0.1:${two}`;
      // Ready through both, which also waits for nginx to listen.
      for (const base of [viaOne, viaTwo]) {
        for (let attempt = 0; ; attempt++) {
          const ready = await call(base, 'GET', '/api/ready').catch(() => null);
          if (ready?.status === 200) break;
          if (attempt > 200)
            throw new Error(
              `nginx did not answer: ${await readFile(join(dir, 'error.log'), 'utf8').catch(() => '')}`,
            );
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
              res.on('end', () =>
                resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown }),
              );
            },
          );
          req.on('error', reject);
          req.end(JSON.stringify({ annotation: a, group: groupId }));
        });
      }
    });
  },
);
