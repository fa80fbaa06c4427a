import { createHash } from 'node:crypto';
import pg from 'pg';
import { checkChannel, noticeRelay, type Row, type SqlDatabase, type Transaction } from './sql-database.ts';

const RECONNECT_DELAY_MS = 1000;

/**
 * PostgreSQL through a `pg` pool, plus one long-lived connection for LISTEN, which must stay on a single
 * session. When that connection drops it reconnects and listens again, so events keep fanning out after
 * a database restart (a change made while it was down is still found by the next `/api/changes`).
 */
export async function openPostgresDatabase(connectionString: string): Promise<SqlDatabase> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle client that loses its connection emits here; without a handler the process would exit.
  pool.on('error', (error) => console.warn(`PostgreSQL pool: ${error.message}`));
  await pool.query('select 1');

  const listeners = new Map<string, Set<(payload: string) => void>>();
  let listenClient: pg.Client | null = null;
  let closed = false;
  const deliver = (channel: string, payload: string) => {
    for (const fn of listeners.get(channel) ?? []) fn(payload);
  };
  const relay = noticeRelay(async (channel, payload) => {
    await pool.query('select pg_notify($1, $2)', [channel, payload]);
  }, deliver);

  const connectListener = async (): Promise<pg.Client> => {
    const client = new pg.Client({ connectionString });
    client.on('notification', (message) => {
      for (const payload of relay.unpack(message.payload ?? '')) deliver(message.channel, payload);
    });
    client.on('error', (error) => {
      console.warn(`PostgreSQL listener: ${error.message}; reconnecting`);
      listenClient = null;
      void client.end().catch(() => undefined);
      if (!closed) setTimeout(() => void reconnect(), RECONNECT_DELAY_MS);
    });
    await client.connect();
    for (const channel of listeners.keys()) await client.query(`LISTEN ${checkChannel(channel)}`);
    return client;
  };
  const reconnect = async (): Promise<void> => {
    try {
      listenClient = await connectListener();
    } catch (error) {
      console.warn(`PostgreSQL listener: ${(error as Error).message}; retrying`);
      if (!closed) setTimeout(() => void reconnect(), RECONNECT_DELAY_MS);
    }
  };

  listenClient = await connectListener();

  /** `onCommit` collects a transaction's notices; without it (no transaction) they go at once. */
  const queryable = (client: pg.Pool | pg.PoolClient, onCommit?: [string, string][]): Transaction => ({
    async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      const values = [...params];
      const result = await client.query<T>(
        values.length > 0 ? { name: statementName(sql), text: sql, values } : { text: sql, values },
      );
      return result.rows;
    },
    notifyOnCommit(channel, payload) {
      checkChannel(channel);
      if (onCommit) onCommit.push([channel, payload]);
      else relay.publish(channel, payload);
    },
    async script(sql) {
      // No values: pg sends the text as one simple query, which may hold several statements.
      await client.query(sql);
    },
  });

  return {
    ...queryable(pool),
    async transaction(fn) {
      const client = await pool.connect();
      const notices: [string, string][] = [];
      try {
        await client.query('begin');
        const value = await fn(queryable(client, notices));
        await client.query('commit');
        for (const [channel, payload] of notices) relay.publish(channel, payload);
        return value;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async listen(channel, onPayload) {
      checkChannel(channel);
      let set = listeners.get(channel);
      if (!set) {
        set = new Set();
        listeners.set(channel, set);
        // While reconnecting there is no client; the reconnect listens on every channel in the map.
        await listenClient?.query(`LISTEN ${channel}`);
      }
      set.add(onPayload);
      return async () => {
        set.delete(onPayload);
      };
    },
    async notify(channel, payload) {
      await pool.query('select pg_notify($1, $2)', [checkChannel(channel), payload]);
    },
    async close() {
      closed = true;
      await relay.drained();
      await listenClient?.end().catch(() => undefined);
      await pool.end();
    },
  };
}

const statementNames = new Map<string, string>();

/**
 * A name for a statement with parameters, so that each connection parses and plans it once and then only
 * binds it: the feed's statement takes longer to plan (about a millisecond) than to run. Every statement
 * the server sends is a fixed text, so the names are few. Names come from the text, so two texts never
 * share one; statements without parameters (migrations, LISTEN) are sent as they are.
 */
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (name === undefined) {
    name = `pa_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
    statementNames.set(sql, name);
  }
  return name;
}
