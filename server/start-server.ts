import type { FastifyInstance } from 'fastify';
import { openDatabase, type StoreOptions } from './db/open-database.ts';
import type { LogOptions } from './http/request-log.ts';
import type { TrustProxy } from './http/trust-proxy.ts';

export interface ServerOptions {
  port: number;
  host: string;
  store: StoreOptions;
  logger?: LogOptions | false;
  trustProxy?: TrustProxy;
  signupsPerHour?: number;
}

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  /**
   * Stops as SIGTERM should: no new connections, and new requests on open ones get a 503 (which a client
   * retries); event streams end at once; requests in flight finish, each in its own transaction, so a
   * client is answered in whole or not at all (a write it was not answered for is retried, and ids are
   * the client's, so a retry never duplicates). After `graceMs` the connections still open are cut.
   * Then the database closes.
   */
  stop(graceMs: number): Promise<void>;
}

/**
 * Opens and migrates the store, then listens; closing the returned app also closes the database.
 *
 * The database is opened first and the app's modules (fastify, the routes, their schemas) load while it
 * opens: PGlite reads its files and compiles its WebAssembly in the background, time in which loading
 * the modules costs nothing extra, where loading them first made every start wait for both in turn.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const opening = openDatabase(options.store);
  const loading = import('./app.ts');
  // Neither promise may be left unobserved when the other fails first.
  const [opened, loaded] = await Promise.allSettled([opening, loading]);
  if (opened.status === 'rejected') throw opened.reason;
  const db = opened.value;
  if (loaded.status === 'rejected') {
    await db.close().catch(() => undefined);
    throw loaded.reason;
  }
  const { buildApp } = loaded.value;
  let app: FastifyInstance | undefined;
  try {
    app = await buildApp(db, {
      logger: options.logger ?? false,
      trustProxy: options.trustProxy ?? false,
      ...(options.signupsPerHour === undefined ? {} : { signupsPerHour: options.signupsPerHour }),
    });
    app.addHook('onClose', async () => db.close());
    const url = await app.listen({ port: options.port, host: options.host });
    const running = app;
    return {
      app,
      url,
      async stop(graceMs) {
        const cut = setTimeout(() => {
          running.log.warn('shutdown grace over: cutting the connections still open');
          running.server.closeAllConnections();
        }, graceMs);
        try {
          await running.close();
        } finally {
          clearTimeout(cut);
        }
      },
    };
  } catch (error) {
    // A port in use, say: let go of the database (and a PGlite folder's lock) before giving up.
    if (app) await app.close().catch(() => undefined);
    else await db.close().catch(() => undefined);
    throw error;
  }
}
