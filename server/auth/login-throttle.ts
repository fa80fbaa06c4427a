import type { SqlDatabase } from '../db/sql-database.ts';

/** Failures allowed before the first lockout; then the lockout doubles per failure, up to the cap. */
export const FREE_FAILURES = 5;
const FIRST_LOCKOUT_SECONDS = 1;
const MAX_LOCKOUT_SECONDS = 15 * 60;

function key(username: string, ip: string): string {
  return `${username}\n${ip}`;
}

/**
 * Counts this attempt as a failure before the password is checked (a success clears it), under a lock on
 * the username and address, so that parallel guesses, even on several instances, are each counted and
 * each see the lockout the previous ones set. Returns the seconds to wait, or 0 when the attempt may go on.
 */
export async function beginLoginAttempt(db: SqlDatabase, username: string, ip: string): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(hashtext($1))', [key(username, ip)]);
    const rows = await tx.query<{ wait: number }>(
      `select ceil(extract(epoch from (locked_until - now())))::integer as wait
         from login_failures where username = $1 and ip = $2 and locked_until > now()`,
      [username, ip],
    );
    const wait = rows[0]?.wait ?? 0;
    if (wait > 0) return wait;
    await tx.query(
      `insert into login_failures as f (username, ip, failures, locked_until) values ($1, $2, 1, now())
       on conflict (username, ip) do update set failures = f.failures + 1,
         locked_until = now() + make_interval(secs => case when f.failures + 1 <= $3 then 0
           else least($4::float8 * power(2, f.failures - $3), $5::float8) end)`,
      [username, ip, FREE_FAILURES, FIRST_LOCKOUT_SECONDS, MAX_LOCKOUT_SECONDS],
    );
    return 0;
  });
}

export async function clearFailures(db: SqlDatabase, username: string, ip: string): Promise<void> {
  await db.query('delete from login_failures where username = $1 and ip = $2', [username, ip]);
}
