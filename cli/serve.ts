/** `plan-annotator serve [--port 8787] [--host 127.0.0.1] [--data DIR]`: the sync server. */
import { parseArgs } from 'node:util';
import { startServer } from '../server/start-server.ts';

const USAGE = `Usage: plan-annotator serve [--port 8787] [--host 127.0.0.1] [--data DIR]

Stores in PostgreSQL when DATABASE_URL is set, else in embedded PGlite under --data (default .data/server).
Set TRUST_PROXY=1 behind a reverse proxy so that sign-in throttling sees the client's address.`;

export async function run(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        port: { type: 'string', default: '8787' },
        host: { type: 'string', default: '127.0.0.1' },
        data: { type: 'string', default: '.data/server' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a port number, not "${values.port}"`);
    return 2;
  }
  const databaseUrl = process.env.DATABASE_URL;
  const { app, url } = await startServer({
    port,
    host: values.host,
    store: databaseUrl ? { databaseUrl } : { dataDir: values.data },
    logger: process.env.LOG_REQUESTS === '1',
    trustProxy: process.env.TRUST_PROXY === '1',
  });
  // One line a supervisor (or the fault test) can wait for.
  console.log(`Sync server listening on ${url} (${databaseUrl ? 'PostgreSQL' : `PGlite in ${values.data}`})`);
  await new Promise<void>((resolve) => {
    const stop = () => void app.close().then(resolve, resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
