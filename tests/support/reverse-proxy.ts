/**
 * The sync server behind nginx as server/README.md configures it, for the tests that go through a real
 * reverse proxy (tests/integration/reverse-proxy.test.ts with Node's HTTPS client, tests/e2e/reverse-proxy
 * .test.ts with two Chromium profiles): a certificate made for the test, `plan-annotator serve` instances
 * on one PostgreSQL database, each behind an nginx server block of its own, so a test knows which
 * instance answers.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, startServeProcess, type ServerProcess } from '../integration/support/server-process.ts';
import type { OpenStore } from '../integration/support/stores.ts';

const run = promisify(execFile);
export const NGINX = '/usr/sbin/nginx';

export function nginxAvailable(): boolean {
  return existsSync(NGINX);
}

/** The address of the PostgreSQL database a store opened, for a server process to connect to. */
export async function databaseUrlOf(store: OpenStore): Promise<string> {
  const name = (await store.db.query<{ d: string }>('select current_database() as d'))[0]?.d as string;
  const url = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
  url.pathname = `/${name}`;
  return url.toString();
}

/** The README's proxy settings for one instance, by its server name, on a port. */
function serverBlock(serverName: string, port: number, upstream: number, dir: string, index: number): string {
  const common = `proxy_pass http://127.0.0.1:${upstream};
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $scheme;`;
  return `
    server {
      listen 127.0.0.1:${port} ssl;
      server_name ${serverName};
      access_log ${dir}/access-${index}.log;
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

export interface ProxiedInstances {
  /** The test's certificate (PEM), for a client to trust. */
  certificate: Buffer;
  /**
   * The base64 SHA-256 of the certificate's public key (its SPKI), as Chromium's
   * `--ignore-certificate-errors-spki-list` takes it: trusting that one key, no other.
   */
  spki: string;
  /** The port nginx listens on for each instance, in the order of `serverNames`. */
  ports: number[];
  /** The `serve` processes, in the same order. */
  servers: ServerProcess[];
  /** What nginx wrote to its error log so far. */
  errorLog(): Promise<string>;
  /**
   * The request lines nginx logged for one instance's server block so far (`POST /api/tokens`), each
   * once its answer is complete (an open event stream is logged when it closes).
   */
  requests(instance: number): Promise<string[]>;
  /** Stops nginx and the instances, and removes the directory. */
  dispose(): Promise<void>;
}

export interface ProxyOptions {
  /** The database every instance uses. */
  databaseUrl: string;
  /** One nginx server name per instance (`localhost`, `one.sync.example.org`). */
  serverNames: readonly string[];
  /**
   * One port for every server block, told apart by name (SNI and the Host header), as a real site
   * serves several names on 443; otherwise a port of its own per instance.
   */
  sharedPort?: boolean;
}

/**
 * Makes the certificate (for every server name, and 127.0.0.1), starts one `serve` per server name on
 * the database, and nginx in front of them; resolves once nginx listens (a client waits for `/api/ready`
 * through it, the instances are already listening).
 */
export async function startBehindNginx(options: ProxyOptions): Promise<ProxiedInstances> {
  const dir = await mkdtemp(join(tmpdir(), 'pa-proxy-'));
  const servers: ServerProcess[] = [];
  let nginx: ChildProcess | null = null;
  const dispose = async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx?.once('exit', resolve));
      nginx.kill('SIGQUIT');
      await exited;
    }
    for (const server of servers) {
      if (server.child.exitCode === null) server.child.kill('SIGTERM');
      await server.exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const names = [...new Set(options.serverNames)];
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
      `/CN=${names[0] ?? 'localhost'}`,
      '-addext',
      `subjectAltName=${[...names.map((name) => `DNS:${name}`), 'IP:127.0.0.1'].join(',')}`,
    ]);
    const certificate = await readFile(join(dir, 'cert.pem'));
    const key = new X509Certificate(certificate).publicKey.export({ type: 'spki', format: 'der' });
    const spki = createHash('sha256').update(key).digest('base64');

    const env = { DATABASE_URL: options.databaseUrl, TRUST_PROXY: 'loopback' };
    const node = [process.execPath, 'bin/plan-annotator.js'];
    for (let i = 0; i < options.serverNames.length; i++)
      servers.push(await startServeProcess(node, ['--port', String(await freePort())], { env }));

    const shared = await freePort();
    const ports: number[] = [];
    for (let i = 0; i < options.serverNames.length; i++)
      ports.push(options.sharedPort ? shared : await freePort());
    const blocks = options.serverNames.map((name, i) =>
      serverBlock(name, ports[i] as number, Number(new URL((servers[i] as ServerProcess).url).port), dir, i),
    );
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
        ${blocks.join('\n')}
      }`,
    );
    nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return {
      certificate,
      spki,
      ports,
      servers,
      errorLog: () => readFile(join(dir, 'error.log'), 'utf8').catch(() => ''),
      async requests(instance) {
        const log = await readFile(join(dir, `access-${instance}.log`), 'utf8').catch(() => '');
        return [...log.matchAll(/"([A-Z]+ \S+) HTTP\/[\d.]+"/g)].map((m) => m[1] as string);
      },
      dispose,
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}
