/** `plan-annotator serve [--port 8787] [--host 127.0.0.1] [--data DIR] [--trust-proxy P]`: the sync server. */
import { parseArgs } from 'node:util';
import { parseTrustProxy, type TrustProxy } from '../server/http/trust-proxy.ts';
import { startServer } from '../server/start-server.ts';

const USAGE = `Usage: plan-annotator serve [--port 8787] [--host 127.0.0.1] [--data DIR] [--trust-proxy P]

Stores in PostgreSQL when DATABASE_URL is set, else in embedded PGlite under --data (default .data/server).
Behind a reverse proxy, --trust-proxy (or TRUST_PROXY) names the proxies whose X-Forwarded-For gives
the client's address, which sign-in and sign-up limits count by: their addresses or ranges,
comma-separated (10.0.0.5,10.1.0.0/16,loopback). Default 0: nobody's.
SIGNUPS_PER_HOUR sets how many accounts one address may create per hour (default 20).`;

export async function run(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        port: { type: 'string', default: '8787' },
        host: { type: 'string', default: '127.0.0.1' },
        data: { type: 'string', default: '.data/server' },
        'trust-proxy': { type: 'string' },
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
  const signups = process.env.SIGNUPS_PER_HOUR;
  if (signups !== undefined && !/^[1-9][0-9]{0,6}$/.test(signups)) {
    console.error(`SIGNUPS_PER_HOUR must be a whole number from 1, not "${signups}"`);
    return 2;
  }
  let trustProxy: TrustProxy = false;
  const trusted = values['trust-proxy'] ?? process.env.TRUST_PROXY;
  if (trusted !== undefined) {
    try {
      trustProxy = parseTrustProxy(trusted);
    } catch (error) {
      console.error((error as Error).message);
      return 2;
    }
  }
  const databaseUrl = process.env.DATABASE_URL;
  let started;
  try {
    started = await startServer({
      port,
      host: values.host,
      store: databaseUrl ? { databaseUrl } : { dataDir: values.data },
      logger: process.env.LOG_REQUESTS === '1',
      trustProxy,
      ...(signups ? { signupsPerHour: Number(signups) } : {}),
    });
  } catch (error) {
    // A folder in use, a port taken, a database that does not answer: say which, without a stack.
    console.error(`The sync server did not start: ${(error as Error).message}`);
    return 1;
  }
  const { app, url } = started;
  // One line a supervisor (or the fault test) can wait for.
  console.log(`Sync server listening on ${url} (${databaseUrl ? 'PostgreSQL' : `PGlite in ${values.data}`})`);
  await new Promise<void>((resolve) => {
    const stop = () => void app.close().then(resolve, resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
