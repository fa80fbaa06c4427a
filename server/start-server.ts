import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { openDatabase, type StoreOptions } from './db/open-database.ts';
import type { TrustProxy } from './http/trust-proxy.ts';

export interface ServerOptions {
  port: number;
  host: string;
  store: StoreOptions;
  logger?: boolean;
  trustProxy?: TrustProxy;
  signupsPerHour?: number;
}

/** Opens and migrates the store, then listens; closing the returned app also closes the database. */
export async function startServer(options: ServerOptions): Promise<{ app: FastifyInstance; url: string }> {
  const db = await openDatabase(options.store);
  let app: FastifyInstance | undefined;
  try {
    app = await buildApp(db, {
      logger: options.logger ?? false,
      trustProxy: options.trustProxy ?? false,
      ...(options.signupsPerHour === undefined ? {} : { signupsPerHour: options.signupsPerHour }),
    });
    app.addHook('onClose', async () => db.close());
    const url = await app.listen({ port: options.port, host: options.host });
    return { app, url };
  } catch (error) {
    // A port in use, say: let go of the database (and a PGlite folder's lock) before giving up.
    if (app) await app.close().catch(() => undefined);
    else await db.close().catch(() => undefined);
    throw error;
  }
}
