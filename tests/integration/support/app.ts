/**
 * The server in process, as the integration suite builds it: logging at the level `serve` logs at by
 * default, into the run's log (run-record.ts), so that the run's final scan reads what each app wrote.
 * A suite that collects its own lines (logs.test.ts) passes its own logger. Every `inject()` is recorded
 * too (`call()` in api-client.ts goes through it): the secrets it sends and the ones it is answered with.
 */
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp as buildServerApp, type AppOptions } from '../../../server/app.ts';
import type { SqlDatabase } from '../../../server/db/sql-database.ts';
import { DEFAULT_LOG_LEVEL } from '../../../server/http/request-log.ts';
import {
  RUN_RECORD_DIR,
  recordAnswer,
  recordRequest,
  recording,
  serverLogSink,
  serverName,
} from './run-record.ts';

export async function buildApp(db: SqlDatabase, options: AppOptions = {}): Promise<FastifyInstance> {
  if (!recording()) throw new Error(`${RUN_RECORD_DIR} is not set: run the integration project`);
  const app = await buildServerApp(db, {
    logger: { level: DEFAULT_LOG_LEVEL, stream: serverLogSink(serverName('app')) },
    ...options,
  });
  const inject = app.inject.bind(app);
  const recorded = async (request: InjectOptions | string) => {
    const {
      url = '',
      headers = {},
      query,
      payload,
    } = typeof request === 'string' ? { url: request } : request;
    const flatHeaders = Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [name, value === undefined ? undefined : String(value)]),
    );
    const queryText =
      query && typeof query === 'object' ? `?${new URLSearchParams(query as Record<string, string>)}` : '';
    recordRequest(`${typeof url === 'string' ? url : ''}${queryText}`, flatHeaders, payload);
    const response = await inject(request);
    let body: unknown = null;
    if (String(response.headers['content-type']).includes('json')) {
      try {
        body = response.json();
      } catch {
        // Not JSON after all: nothing to record from it.
      }
    }
    recordAnswer(body);
    return response;
  };
  // Only the promise form is used by the suite; the chained form (no argument) stays as it was.
  app.inject = ((request?: InjectOptions | string) =>
    request === undefined ? inject() : recorded(request)) as FastifyInstance['inject'];
  return app;
}
