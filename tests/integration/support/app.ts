/**
 * The server in process, as the integration suite builds it: logging at the level `serve` logs at by
 * default, into the run's log (run-record.ts), so that the run's final scan reads what each app wrote.
 * A suite that collects its own lines (logs.test.ts) passes its own logger.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp as buildServerApp, type AppOptions } from '../../../server/app.ts';
import type { SqlDatabase } from '../../../server/db/sql-database.ts';
import { DEFAULT_LOG_LEVEL } from '../../../server/http/request-log.ts';
import { RUN_RECORD_DIR, recording, serverLogSink, serverName } from './run-record.ts';

export async function buildApp(db: SqlDatabase, options: AppOptions = {}): Promise<FastifyInstance> {
  if (!recording()) throw new Error(`${RUN_RECORD_DIR} is not set: run the integration project`);
  return buildServerApp(db, {
    logger: { level: DEFAULT_LOG_LEVEL, stream: serverLogSink(serverName('app')) },
    ...options,
  });
}
