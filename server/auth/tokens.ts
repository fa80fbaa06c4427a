import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/sql-database.ts';

export interface User {
  id: string;
  username: string;
}

/** Only the hash is stored, so a copy of the database does not let anyone sign in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * 32 random bytes behind a fixed prefix: the prefix lets secret scanners recognise a leaked token, and a
 * token never starts with "-", which command lines (`--token -x…`) would take for an option.
 */
export const TOKEN_PREFIX = 'pa_';

export async function issueToken(db: Queryable, userId: string): Promise<string> {
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  await db.query('insert into tokens (hash, user_id) values ($1, $2)', [hashToken(token), userId]);
  return token;
}

/** The bearer token of an `Authorization` header, or undefined when there is none. */
export function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(header.trim());
  return match?.[1] ?? '';
}

/** A sign-in lasts this long; a token that leaked stops working by itself. */
export const TOKEN_LIFETIME_DAYS = 90;

export async function userOfToken(db: Queryable, token: string): Promise<User | null> {
  const rows = await db.query<{ id: string; username: string }>(
    `select u.id, u.username from tokens t join users u on u.id = t.user_id
      where t.hash = $1 and not u.disabled and t.created > now() - make_interval(days => $2)`,
    [hashToken(token), TOKEN_LIFETIME_DAYS],
  );
  return rows[0] ?? null;
}

export async function revokeToken(db: Queryable, token: string): Promise<void> {
  await db.query('delete from tokens where hash = $1', [hashToken(token)]);
}
