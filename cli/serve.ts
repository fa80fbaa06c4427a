/** `plan-annotator serve`: the sync server. Every setting by flag or environment variable (cli/settings.ts). */
import { parseArgs } from 'node:util';
import { DEFAULT_SIGNUPS_PER_HOUR } from '../server/auth/signup-limit.ts';
import { parseTrustProxy, type TrustProxy } from '../server/http/trust-proxy.ts';
import { startServer } from '../server/start-server.ts';
import {
  DATABASE_OPTIONS,
  describeStore,
  logLevel,
  SettingError,
  settingValue,
  storeOf,
  wholeNumber,
} from './settings.ts';

const USAGE = `Usage: plan-annotator serve [options]

  --port N               PORT                    port to listen on (default 8787; 0: any free port)
  --host H               HOST                    address to listen on (default 127.0.0.1)
  --data DIR             DATA_DIR                embedded PGlite folder (default .data/server)
  --database-url URL     DATABASE_URL            PostgreSQL instead of PGlite (prefer the variable:
                                                 a flag shows in the process list)
  --trust-proxy P        TRUST_PROXY             proxies whose X-Forwarded-For names the client:
                                                 addresses or ranges, comma-separated
                                                 (10.0.0.5,10.1.0.0/16,loopback); default 0: nobody's
  --signups-per-hour N   SIGNUPS_PER_HOUR        accounts one address may create an hour (default 20)
  --log-level L          LOG_LEVEL               fatal|error|warn|info|debug|trace|silent (default info):
                                                 JSON lines on stdout, one per request
  --shutdown-grace S     SHUTDOWN_GRACE_SECONDS  on SIGTERM, seconds requests in flight may take to
                                                 finish before their connections are cut (default 10)

A flag wins over its variable. See server/README.md, "Running a server".`;

export async function run(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        ...DATABASE_OPTIONS,
        'trust-proxy': { type: 'string' },
        'signups-per-hour': { type: 'string' },
        'log-level': { type: 'string' },
        'shutdown-grace': { type: 'string' },
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
  let settings;
  try {
    settings = readSettings(values);
  } catch (error) {
    if (!(error instanceof SettingError)) throw error;
    console.error(`plan-annotator serve: ${error.message}`);
    return 2;
  }
  let started;
  try {
    started = await startServer({
      port: settings.port,
      host: settings.host,
      store: settings.store,
      logger: { level: settings.logLevel },
      trustProxy: settings.trustProxy,
      signupsPerHour: settings.signupsPerHour,
    });
  } catch (error) {
    // A folder in use, a port taken, a database that does not answer: say which, without a stack.
    console.error(`The sync server did not start: ${(error as Error).message}`);
    return 1;
  }
  const { app, url, stop } = started;
  // One line a supervisor (or a test) can wait for, whatever the log level.
  console.log(`Sync server listening on ${url} (${describeStore(settings.store)})`);
  await new Promise<void>((resolve) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) {
        // A second signal: the operator does not want to wait.
        app.log.warn({ signal }, 'second signal: exiting now');
        process.exit(1);
      }
      stopping = true;
      app.log.info({ signal, graceSeconds: settings.shutdownGraceSeconds }, 'shutting down');
      void stop(settings.shutdownGraceSeconds * 1000).then(resolve, (error: unknown) => {
        console.error(`The sync server did not stop cleanly: ${(error as Error).message}`);
        resolve();
      });
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  return 0;
}

interface ServeSettings {
  port: number;
  host: string;
  store: ReturnType<typeof storeOf>;
  trustProxy: TrustProxy;
  signupsPerHour: number;
  logLevel: ReturnType<typeof logLevel>;
  shutdownGraceSeconds: number;
}

function readSettings(values: Record<string, string | boolean | undefined>): ServeSettings {
  const host = settingValue(values, { flag: 'host', env: 'HOST' }) ?? '127.0.0.1';
  if (host.trim() === '' || /\s/.test(host)) throw new SettingError(`HOST must be an address, not "${host}"`);
  const trusted = settingValue(values, { flag: 'trust-proxy', env: 'TRUST_PROXY' });
  let trustProxy: TrustProxy = false;
  if (trusted !== undefined) {
    try {
      trustProxy = parseTrustProxy(trusted);
    } catch (error) {
      throw new SettingError((error as Error).message);
    }
  }
  return {
    port: wholeNumber('PORT (--port)', settingValue(values, { flag: 'port', env: 'PORT' }), 8787, 0, 65535),
    host,
    store: storeOf(values),
    trustProxy,
    signupsPerHour: wholeNumber(
      'SIGNUPS_PER_HOUR (--signups-per-hour)',
      settingValue(values, { flag: 'signups-per-hour', env: 'SIGNUPS_PER_HOUR' }),
      DEFAULT_SIGNUPS_PER_HOUR,
      1,
      1_000_000,
    ),
    logLevel: logLevel(settingValue(values, { flag: 'log-level', env: 'LOG_LEVEL' })),
    shutdownGraceSeconds: wholeNumber(
      'SHUTDOWN_GRACE_SECONDS (--shutdown-grace)',
      settingValue(values, { flag: 'shutdown-grace', env: 'SHUTDOWN_GRACE_SECONDS' }),
      10,
      0,
      3600,
    ),
  };
}
