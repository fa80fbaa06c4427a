import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { CredentialsSchema } from '../../src/core/sync/protocol.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import { beginLoginAttempt, clearFailures } from '../auth/login-throttle.ts';
import { beginSignup } from '../auth/signup-limit.ts';
import { hashPassword, UNKNOWN_USER_HASH, verifyPassword } from '../auth/passwords.ts';
import { bearerToken, issueToken, revokeToken } from '../auth/tokens.ts';
import type { SqlDatabase } from '../db/sql-database.ts';
import { HttpError, unauthorized } from '../http/http-error.ts';
import { parsePart } from '../http/request-parts.ts';

/** Accounts and sessions: sign up, sign in (a bearer token), sign out, who am I. */
export function accountRoutes(
  app: FastifyInstance,
  db: SqlDatabase,
  auth: Authenticator,
  signupsPerHour: number,
): void {
  app.post('/api/users', async (request, reply) => {
    const { username, password } = parsePart('body', CredentialsSchema, request.body);
    // Counted before the username is looked at, so a taken name costs an attempt too: no mass sign-ups,
    // and no cheap guessing of who has an account.
    const wait = await beginSignup(db, request.ip, signupsPerHour);
    if (wait > 0) {
      throw new HttpError(
        429,
        `too many sign-ups from this address; try again in ${Math.ceil(wait / 60)} min`,
        { headers: { 'retry-after': String(wait) } },
      );
    }
    const id = randomUUID();
    const passwordHash = await hashPassword(password);
    const rows = await db.query(
      `insert into users (id, username, password_hash) values ($1, $2, $3)
       on conflict (username) do nothing returning id`,
      [id, username.toLowerCase(), passwordHash],
    );
    if (rows.length === 0) throw new HttpError(409, `the username "${username}" is taken`);
    return reply.status(201).send({ id, username: username.toLowerCase() });
  });

  app.post('/api/tokens', async (request, reply) => {
    const credentials = parsePart('body', CredentialsSchema, request.body);
    const username = credentials.username.toLowerCase();
    const locked = await beginLoginAttempt(db, username, request.ip);
    if (locked) {
      const from = locked.scope === 'address' ? ' from this address' : '';
      throw new HttpError(429, `too many failed sign-ins${from}; try again in ${locked.wait} s`, {
        headers: { 'retry-after': String(locked.wait) },
      });
    }
    const rows = await db.query<{ id: string; password_hash: string }>(
      'select id, password_hash from users where username = $1',
      [username],
    );
    const user = rows[0];
    const ok = await verifyPassword(credentials.password, user?.password_hash ?? UNKNOWN_USER_HASH);
    if (!user || !ok) throw new HttpError(401, 'wrong username or password');
    await clearFailures(db, username, request.ip);
    const token = await issueToken(db, user.id);
    return reply.status(201).send({ token, user: { id: user.id, username } });
  });

  app.delete('/api/tokens/current', async (request, reply) => {
    await auth.requireUser(request);
    const token = bearerToken(request.headers.authorization);
    if (!token) throw unauthorized();
    await revokeToken(db, token);
    return reply.status(204).send();
  });

  app.get('/api/me', async (request) => {
    const user = await auth.requireUser(request);
    const groups = await db.query<{ id: string; name: string; role: string }>(
      `select g.id, g.name, m.role from memberships m join groups g on g.id = m.group_id
        where m.user_id = $1 order by g.name, g.id`,
      [user.id],
    );
    return { id: user.id, username: user.username, groups };
  });
}
