import type { Queryable, SqlDatabase } from '../db/sql-database.ts';

/** Failures allowed per username and address before the first lockout; then it doubles per failure. */
export const FREE_FAILURES = 5;
/**
 * Failures allowed from one address, whatever the usernames, before it is locked out too: enough for
 * an office behind one address whose people mistype, too few to try a password on many accounts.
 */
export const FREE_FAILURES_PER_ADDRESS = 30;
/** An address's count starts again after this long without a failure. */
const ADDRESS_WINDOW_SECONDS = 60 * 60;
const FIRST_LOCKOUT_SECONDS = 1;
const MAX_LOCKOUT_SECONDS = 15 * 60;

/** Who must wait: this username from this address, or the address whatever the username. */
export type LockedOut = { wait: number; scope: 'username' | 'address' };

function key(username: string, ip: string): string {
  return `${username}\n${ip}`;
}

/** The lockout after `failures` failures of which `free` cost nothing, in SQL: 1 s, 2 s, 4 s … 15 min. */
const LOCKOUT = (failures: string, free: string) =>
  `make_interval(secs => case when ${failures} <= ${free} then 0
     else least(${FIRST_LOCKOUT_SECONDS}::float8 * power(2, ${failures} - 1 - ${free}),
                ${MAX_LOCKOUT_SECONDS}::float8) end)`;

async function waitOf(tx: Queryable, sql: string, params: unknown[]): Promise<number> {
  const rows = await tx.query<{ wait: number }>(sql, params);
  return rows[0]?.wait ?? 0;
}

/**
 * Counts this attempt as a failure before the password is checked (a success takes it back), per
 * username and address and per address alone, under locks on both, so that parallel guesses, even on
 * several instances, are each counted and each see the lockout the previous ones set. Returns who must
 * wait and how many seconds, or null when the attempt may go on.
 */
export async function beginLoginAttempt(
  db: SqlDatabase,
  username: string,
  ip: string,
): Promise<LockedOut | null> {
  return db.transaction(async (tx) => {
    // Always in this order (address, then username), so two attempts never wait on each other's locks.
    await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`\naddress\n${ip}`]);
    await tx.query('select pg_advisory_xact_lock(hashtext($1))', [key(username, ip)]);
    const addressWait = await waitOf(
      tx,
      `select ceil(extract(epoch from (locked_until - now())))::integer as wait
         from login_failures_by_address where ip = $1 and locked_until > now()`,
      [ip],
    );
    if (addressWait > 0) return { wait: addressWait, scope: 'address' };
    const usernameWait = await waitOf(
      tx,
      `select ceil(extract(epoch from (locked_until - now())))::integer as wait
         from login_failures where username = $1 and ip = $2 and locked_until > now()`,
      [username, ip],
    );
    if (usernameWait > 0) return { wait: usernameWait, scope: 'username' };
    await tx.query(
      `insert into login_failures_by_address as f (ip, failures, locked_until, last_failure)
         values ($1, 1, now(), now())
       on conflict (ip) do update set
         failures = case when f.last_failure < now() - make_interval(secs => $3) then 1 else f.failures + 1 end,
         locked_until = now() + case when f.last_failure < now() - make_interval(secs => $3)
           then make_interval() else ${LOCKOUT('(f.failures + 1)', '$2')} end,
         last_failure = now()`,
      [ip, FREE_FAILURES_PER_ADDRESS, ADDRESS_WINDOW_SECONDS],
    );
    await tx.query(
      `insert into login_failures as f (username, ip, failures, locked_until) values ($1, $2, 1, now())
       on conflict (username, ip) do update set failures = f.failures + 1,
         locked_until = now() + ${LOCKOUT('(f.failures + 1)', '$3')}`,
      [username, ip, FREE_FAILURES],
    );
    return null;
  });
}

/**
 * A right password: this username's failures from this address are forgiven, and the address gets back
 * the one failure this attempt was counted as (not more: an attacker's own good sign-ins in between
 * do not wipe out their guesses on other accounts).
 */
export async function clearFailures(db: SqlDatabase, username: string, ip: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('delete from login_failures where username = $1 and ip = $2', [username, ip]);
    await tx.query(
      'update login_failures_by_address set failures = greatest(failures - 1, 0) where ip = $1',
      [ip],
    );
  });
}
