import type { SqlDatabase } from '../db/sql-database.ts';

/** How many accounts one address may try to create in an hour, unless the server is told otherwise. */
export const DEFAULT_SIGNUPS_PER_HOUR = 20;

/**
 * Counts a sign-up from `ip` unless the address already made `perHour` in the last hour, under a lock on
 * the address so that parallel requests, even on several instances, are each counted. Returns 0 when
 * this one may go on, else the seconds until the oldest attempt of the hour leaves the window.
 */
export async function beginSignup(db: SqlDatabase, ip: string, perHour: number): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`signup\n${ip}`]);
    // Everyone's attempts older than the window, so the table never holds more than an hour of sign-ups.
    await tx.query(`delete from signup_attempts where at <= now() - interval '1 hour'`);
    const rows = await tx.query<{ n: number; wait: number | null }>(
      `select count(*)::integer as n,
          ceil(extract(epoch from (min(at) + interval '1 hour' - now())))::integer as wait
         from signup_attempts where ip = $1`,
      [ip],
    );
    const { n = 0, wait = null } = rows[0] ?? {};
    if (n >= perHour) return Math.max(1, wait ?? 1);
    await tx.query('insert into signup_attempts (ip) values ($1)', [ip]);
    return 0;
  });
}
