/**
 * The real sync server (server/app.ts on an in-memory PGlite) listening on a free port, behind a small
 * HTTP proxy of the test's own, so that a test can see every request the engine makes and step in on
 * the change feed's: make its pages small, answer a page's headers and hold its body, change its Link
 * header, cut a request off, or hold it unanswered and see the engine give it up.
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../../server/app.ts';
import { migrate } from '../../../../server/db/migrations.ts';
import { openPgliteDatabase } from '../../../../server/db/pglite-database.ts';
import type { SqlDatabase } from '../../../../server/db/sql-database.ts';
import { MANY_SIGNUPS } from '../../../integration/support/api-client.ts';

/** A server's answer, read whole. */
export interface Upstream {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request for a page of the change feed, as the proxy holds it. */
export interface ChangesRequest {
  /** Counts the change-feed requests since the last `reset`, from 0. */
  index: number;
  since: string;
  /** Asks the real server for the page (with the proxy's page size). */
  upstream(): Promise<Upstream>;
  /** Sends the status and headers now, the body later with `end`. */
  head(status: number, headers: Upstream['headers']): void;
  end(body: Buffer): void;
  /** Cuts the connection without an answer, as a dropped network would. */
  cut(): void;
  /** Settles when the client gives the request up before its answer ended (never, if it does not). */
  givenUp: Promise<void>;
}

export interface ServerInProcess {
  app: FastifyInstance;
  /** The proxy's address: what the engine's settings name as the server. */
  base: string;
  /** Every request that reached the proxy, as `METHOD path?query`. */
  log: string[];
  /** Event streams (`/api/events`) open through the proxy now. */
  streams: number;
  /** While true, every request is cut off unanswered, as when the server is down. */
  down: boolean;
  /** Page size the proxy asks the server for, whatever the engine asked (null: the engine's). */
  pageLimit: number | null;
  /** Steps in on each change-feed request; unset, the server answers as it is. */
  onChanges: ((request: ChangesRequest) => Promise<void> | void) | null;
  /** Forgets the log, the hooks and the page size, and brings the server up. */
  reset(): void;
  close(): Promise<void>;
}

function forward(
  target: AddressInfo,
  incoming: IncomingMessage,
  path: string,
): Promise<{ response: IncomingMessage }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: '127.0.0.1', port: target.port, method: incoming.method, path, headers: incoming.headers },
      (response) => resolve({ response }),
    );
    outgoing.on('error', reject);
    incoming.pipe(outgoing);
  });
}

async function readAll(stream: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startServer(): Promise<ServerInProcess> {
  const db: SqlDatabase = await openPgliteDatabase();
  await migrate(db);
  const app = await buildApp(db, MANY_SIGNUPS);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const target = app.server.address() as AddressInfo;
  let changesCount = 0;

  const handle = async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const url = new URL(incoming.url ?? '/', 'http://proxy');
    server.log.push(`${incoming.method} ${url.pathname}${url.search}`);
    if (server.down) {
      incoming.socket.destroy();
      return;
    }
    if (url.pathname === '/api/changes') {
      if (server.pageLimit !== null) url.searchParams.set('limit', String(server.pageLimit));
      let giveUp = () => {};
      const givenUp = new Promise<void>((resolve) => (giveUp = resolve));
      outgoing.on('close', () => {
        if (!outgoing.writableEnded) giveUp();
      });
      const request: ChangesRequest = {
        index: changesCount++,
        since: url.searchParams.get('since') ?? '',
        async upstream() {
          const { response } = await forward(target, incoming, `${url.pathname}${url.search}`);
          return {
            status: response.statusCode ?? 502,
            headers: response.headers,
            body: await readAll(response),
          };
        },
        head(status, headers) {
          const { 'content-length': _length, 'transfer-encoding': _encoding, ...rest } = headers;
          outgoing.writeHead(status, rest);
          outgoing.flushHeaders();
        },
        end(body) {
          outgoing.end(body);
        },
        cut() {
          incoming.socket.destroy();
        },
        givenUp,
      };
      if (server.onChanges) {
        await server.onChanges(request);
      } else {
        const answer = await request.upstream();
        request.head(answer.status, answer.headers);
        request.end(answer.body);
      }
      return;
    }
    if (url.pathname === '/api/events') {
      server.streams += 1;
      outgoing.on('close', () => (server.streams -= 1));
    }
    const { response } = await forward(target, incoming, `${url.pathname}${url.search}`);
    outgoing.writeHead(response.statusCode ?? 502, response.headers);
    response.pipe(outgoing);
  };

  const proxy = createServer((incoming, outgoing) => {
    handle(incoming, outgoing).catch(() => incoming.socket.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const server: ServerInProcess = {
    app,
    base: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    log: [],
    streams: 0,
    down: false,
    pageLimit: null,
    onChanges: null,
    reset() {
      server.log = [];
      server.down = false;
      server.pageLimit = null;
      server.onChanges = null;
      changesCount = 0;
    },
    async close() {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
      await app.close();
      await db.close();
    },
  };
  return server;
}
