/**
 * The one interface the server talks SQL through. Two implementations: embedded PGlite (a directory on
 * disk, nothing to install) and PostgreSQL through `pg`. Both run the same SQL text, so nothing here may
 * depend on one of them: values come back as pg types them (cast `bigint` to text, timestamps to epoch).
 */
export type Row = Record<string, unknown>;

export interface Queryable {
  /** One statement with `$1`-style parameters; the rows it returns. */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface SqlDatabase extends Queryable {
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Calls `onPayload` for every NOTIFY on `channel`, from any connection; resolves to an unsubscribe. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** NOTIFY outside a transaction; inside one, `select pg_notify($1, $2)` so it is sent on commit. */
  notify(channel: string, payload: string): Promise<void>;
  close(): Promise<void>;
}

/** LISTEN takes an identifier, not a parameter, so channel names are checked before they reach SQL. */
export function checkChannel(channel: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
  return channel;
}
