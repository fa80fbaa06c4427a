import Fastify, { type FastifyInstance } from 'fastify';
import { authenticator } from './auth/authenticate.ts';
import { DEFAULT_SIGNUPS_PER_HOUR } from './auth/signup-limit.ts';
import type { SqlDatabase } from './db/sql-database.ts';
import { ChangeHub } from './events/change-events.ts';
import { installErrorHandler } from './http/error-handler.ts';
import { HttpError } from './http/http-error.ts';
import { answerUndecodableUrl, loggerOptions, logRequests, type LogOptions } from './http/request-log.ts';
import type { TrustProxy } from './http/trust-proxy.ts';
import { unstorableText } from './http/storable-text.ts';
import { accountRoutes } from './routes/accounts.ts';
import { activityRoutes } from './routes/activity.ts';
import { annotationPageRoutes } from './routes/annotation-page.ts';
import { annotationRoutes } from './routes/annotations.ts';
import { changeRoutes } from './routes/changes.ts';
import { exportRoutes } from './routes/export.ts';
import { groupRoutes } from './routes/groups.ts';
import { joinPageRoutes } from './routes/join-page.ts';
import { planRoutes } from './routes/plans.ts';
import { searchRoutes } from './routes/search.ts';
import { moderationRoutes } from './routes/moderation.ts';
import { trackerRoutes } from './routes/tracker.ts';
import { webAnnotationProtocolRoutes } from './routes/web-annotation-protocol.ts';
import { VERSION } from './version.ts';

/** How long the readiness check waits for the database's answer before it says "not ready". */
const READY_TIMEOUT_MS = 5000;

/** Resolves when `select 1` answers, rejects when it fails or takes longer than `ms`. */
async function answersWithin(db: SqlDatabase, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.query('select 1'),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timed out')), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Route schemas are not used here: every route checks its input with the zod schemas the extension shares
 * (server/http/request-parts.ts) and writes its own JSON. Fastify would otherwise load its JSON Schema
 * compilers (ajv, fast-json-stringify and theirs) on every start, a good part of the time a start spends
 * in fastify. Should a route ever declare a schema, it fails at start, saying why.
 */
function noRouteSchemas(): never {
  throw new Error('fastify route schemas are not used: check input with zod in the handler');
}

/** An annotation is at most ~100 KB (comment, quote, context); a body past this is a mistake or an attack. */
export const BODY_LIMIT = 256 * 1024;

export interface AppOptions {
  /** Log one JSON line per request (the CLI does; tests do not, unless they collect the lines). */
  logger?: LogOptions | false;
  /** Whose X-Forwarded-For gives the client's address (see trust-proxy.ts); by default nobody's. */
  trustProxy?: TrustProxy;
  /** Sign-ups one client address may make per hour (default DEFAULT_SIGNUPS_PER_HOUR). */
  signupsPerHour?: number;
}

/**
 * The HTTP app over an open, migrated database. It keeps no state of its own beyond open event streams,
 * so any number of instances can share one PostgreSQL. The caller closes the database after the app.
 */
export async function buildApp(db: SqlDatabase, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    ...loggerOptions(options.logger),
    frameworkErrors: answerUndecodableUrl,
    bodyLimit: BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    // Refuse rather than strip: a `__proto__` or `constructor.prototype` key is a 400, never reaches a handler.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    schemaController: {
      compilersFactory: { buildValidator: noRouteSchemas, buildSerializer: noRouteSchemas },
    },
  });
  installErrorHandler(app, BODY_LIMIT);
  logRequests(app);
  app.addHook('preHandler', async (request) => {
    const problem = unstorableText(request.body);
    if (problem) throw new HttpError(400, `${problem.field}: ${problem.message}`, { fields: [problem] });
  });
  const auth = authenticator(db);
  const hub = new ChangeHub();
  await hub.start(db);
  app.addHook('preClose', async () => hub.stop());

  // Liveness: the process answers. Readiness: the database does too, so a balancer sends traffic here.
  app.get('/api/health', async () => ({ ok: true }));
  app.get('/api/ready', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    try {
      await answersWithin(db, READY_TIMEOUT_MS);
      return { ready: true, version: VERSION };
    } catch {
      return reply
        .status(503)
        .header('retry-after', '5')
        .send({ ready: false, version: VERSION, error: 'the database does not answer' });
    }
  });
  accountRoutes(app, db, auth, options.signupsPerHour ?? DEFAULT_SIGNUPS_PER_HOUR);
  groupRoutes(app, db, auth);
  annotationRoutes(app, db, auth);
  changeRoutes(app, db, auth, hub);
  webAnnotationProtocolRoutes(app, db, auth);
  exportRoutes(app, db, auth);
  planRoutes(app, db, auth);
  annotationPageRoutes(app, db, auth);
  joinPageRoutes(app);
  searchRoutes(app, db, auth);
  moderationRoutes(app, db, auth);
  activityRoutes(app, db, auth);
  trackerRoutes(app, db, auth);
  return app;
}
