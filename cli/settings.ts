/**
 * The server's settings, each by a flag or an environment variable (the flag wins), read and checked in
 * one place so that `serve`, `admin`, `backup` and `restore` open the same database the same way, and a
 * bad value is refused at start with a message that names it. server/README.md lists them in one table.
 */
import { openDatabase, type StoreOptions } from '../server/db/open-database.ts';
import type { SqlDatabase } from '../server/db/sql-database.ts';
import { DEFAULT_LOG_LEVEL, LOG_LEVELS, type LogLevel } from '../server/http/request-log.ts';

export class SettingError extends Error {}

export interface Setting {
  flag: string;
  env: string;
}

/** A value from the flag, else the environment; an empty environment variable counts as unset. */
export function settingValue(
  values: Record<string, string | boolean | undefined>,
  setting: Setting,
): string | undefined {
  const flag = values[setting.flag];
  if (typeof flag === 'string') return flag;
  const env = process.env[setting.env];
  return env === undefined || env === '' ? undefined : env;
}

export function wholeNumber(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = /^[0-9]{1,9}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new SettingError(`${name} must be a whole number from ${min} to ${max}, not "${value}"`);
  }
  return n;
}

/** `--data DIR` / `DATA_DIR` and `--database-url URL` / `DATABASE_URL`: PostgreSQL when a URL is given. */
export const DATABASE_OPTIONS = {
  data: { type: 'string' },
  'database-url': { type: 'string' },
} as const;

export const DEFAULT_DATA_DIR = '.data/server';

export function storeOf(values: Record<string, string | boolean | undefined>): StoreOptions {
  const url = settingValue(values, { flag: 'database-url', env: 'DATABASE_URL' });
  if (url !== undefined) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new SettingError('DATABASE_URL must be a URL such as postgres://user@host:5432/name');
    }
    if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
      throw new SettingError(
        `DATABASE_URL must start with postgres:// or postgresql://, not ${parsed.protocol}//`,
      );
    }
    return { databaseUrl: url };
  }
  return { dataDir: settingValue(values, { flag: 'data', env: 'DATA_DIR' }) ?? DEFAULT_DATA_DIR };
}

/** Where the data is, for messages: never the URL itself, which may hold a password. */
export function describeStore(store: StoreOptions): string {
  if ('databaseUrl' in store) {
    const url = new URL(store.databaseUrl);
    return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
  }
  return `PGlite in ${store.dataDir ?? '(memory)'}`;
}

export function logLevel(value: string | undefined): LogLevel {
  if (value === undefined) return DEFAULT_LOG_LEVEL;
  if (!(LOG_LEVELS as readonly string[]).includes(value)) {
    throw new SettingError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${value}"`);
  }
  return value as LogLevel;
}

/**
 * Opens the database a command's settings name, as `admin`, `backup` and `restore` do: the store as
 * `serve` would open it, or the exit code after saying what was wrong (2 a bad setting, 1 no database).
 */
export async function openStoreFor(
  command: string,
  values: Record<string, string | boolean | undefined>,
): Promise<{ store: StoreOptions; db: SqlDatabase } | number> {
  let store: StoreOptions;
  try {
    store = storeOf(values);
  } catch (error) {
    if (!(error instanceof SettingError)) throw error;
    console.error(`plan-annotator ${command}: ${error.message}`);
    return 2;
  }
  try {
    return { store, db: await openDatabase(store) };
  } catch (error) {
    console.error(`plan-annotator ${command}: could not open the database: ${(error as Error).message}`);
    return 1;
  }
}
