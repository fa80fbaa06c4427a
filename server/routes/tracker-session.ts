import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SqlDatabase } from '../db/sql-database.ts';
import { beginLoginAttempt, clearFailures } from '../auth/login-throttle.ts';
import { UNKNOWN_USER_HASH, verifyPassword } from '../auth/passwords.ts';
import { issueToken, revokeToken, TOKEN_LIFETIME_DAYS, userOfToken, type User } from '../auth/tokens.ts';
import { SIGN_IN_CSP, signInPage } from '../pages/tracker-pages.ts';

/*
 * Members reading the tracker in a browser sign in with their account through a form; the session is a
 * token like the extension's (same table, same 90 days, stored hashed), kept in an HttpOnly,
 * SameSite=Strict cookie scoped to /tracker, so no other site's page can send it and no script can read
 * it. The form is CSRF-safe: a random value in a SameSite=Strict cookie must come back in the form
 * (double submit), and a request whose Origin is another site's is refused before anything else.
 */

export const SESSION_COOKIE = 'pa_tracker_session';
const CSRF_COOKIE = 'pa_tracker_csrf';
const COOKIE_PATH = '/tracker';
const FORM_LIMIT = 4096;

function cookies(request: FastifyRequest): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    const name = part.slice(0, at).trim();
    if (!found.has(name)) found.set(name, part.slice(at + 1).trim());
  }
  return found;
}

function cookie(request: FastifyRequest, name: string, value: string, maxAge: number): string {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  return `${name}=${value}; Path=${COOKIE_PATH}; Max-Age=${maxAge}; HttpOnly; SameSite=Strict${secure}`;
}

/** The member signed in by the tracker's cookie, or null (none, expired, signed out, disabled). */
export async function sessionUser(db: SqlDatabase, request: FastifyRequest): Promise<User | null> {
  const token = cookies(request).get(SESSION_COOKIE);
  if (!token || !/^[A-Za-z0-9_-]{1,200}$/.test(token)) return null;
  return userOfToken(db, token);
}

/** Only a tracker page of this server: never another site, never `//host`. */
function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/tracker\/[A-Za-z0-9/._-]*$/.test(next) && !next.includes('//')
    ? next
    : '/tracker/sign-in';
}

function sameValue(a: string | undefined, b: unknown): boolean {
  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function page(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('content-security-policy', SIGN_IN_CSP)
    .header('x-content-type-options', 'nosniff')
    .header('x-frame-options', 'DENY')
    .header('referrer-policy', 'no-referrer')
    .header('cache-control', 'no-store')
    .send(body);
}

export function trackerSessionRoutes(app: FastifyInstance, db: SqlDatabase): void {
  /** A fresh CSRF value in its cookie, and the form that carries it back. */
  async function form(
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    next: string,
    message: string | null,
  ) {
    const csrf = randomBytes(24).toString('base64url');
    reply.header('set-cookie', cookie(request, CSRF_COOKIE, csrf, 3600));
    const user = await sessionUser(db, request);
    return page(reply, status, signInPage({ csrf, next, message, username: user?.username ?? null }));
  }

  /** Refused unless the form came from this server's own page (see above). */
  function forged(request: FastifyRequest, body: Record<string, unknown>): boolean {
    const origin = request.headers.origin;
    // The pages' `no-referrer` policy makes a browser send `Origin: null` from them: the CSRF value decides.
    const foreign =
      origin !== undefined && origin !== 'null' && origin !== `${request.protocol}://${request.host}`;
    if (foreign) return true;
    return !sameValue(cookies(request).get(CSRF_COOKIE), body['csrf']);
  }

  app.get<{ Querystring: { next?: string } }>('/tracker/sign-in', async (request, reply) =>
    form(request, reply, 200, safeNext(request.query.next), null),
  );

  // Forms are parsed here only: the API keeps answering JSON alone.
  void app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: FORM_LIMIT },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );

    scope.post('/tracker/sign-in', async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const next = safeNext(body['next']);
      if (forged(request, body)) {
        return form(request, reply, 403, next, 'The form expired or came from another site; sign in again.');
      }
      const username = typeof body['username'] === 'string' ? body['username'].trim().toLowerCase() : '';
      const password = typeof body['password'] === 'string' ? body['password'] : '';
      if (!username || !password || username.length > 200 || password.length > 1000) {
        return form(request, reply, 400, next, 'Enter your username and password.');
      }
      const locked = await beginLoginAttempt(db, username, request.ip);
      if (locked) {
        reply.header('retry-after', String(locked.wait));
        return form(request, reply, 429, next, `Too many failed sign-ins; try again in ${locked.wait} s.`);
      }
      const rows = await db.query<{ id: string; password_hash: string; disabled: boolean }>(
        'select id, password_hash, disabled from users where username = $1',
        [username],
      );
      const user = rows[0];
      const ok = await verifyPassword(password, user?.password_hash ?? UNKNOWN_USER_HASH);
      if (!user || !ok) return form(request, reply, 401, next, 'Wrong username or password.');
      if (user.disabled)
        return form(request, reply, 403, next, "This account is disabled; ask the server's operator.");
      await clearFailures(db, username, request.ip);
      const token = await issueToken(db, user.id);
      return reply
        .header('set-cookie', [
          cookie(request, SESSION_COOKIE, token, TOKEN_LIFETIME_DAYS * 86_400),
          cookie(request, CSRF_COOKIE, '', 0),
        ])
        .header('cache-control', 'no-store')
        .redirect(next, 303);
    });

    scope.post('/tracker/sign-out', async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      if (forged(request, body)) {
        return form(request, reply, 403, '/tracker/sign-in', 'The form expired or came from another site.');
      }
      const token = cookies(request).get(SESSION_COOKIE);
      if (token && /^[A-Za-z0-9_-]{1,200}$/.test(token)) await revokeToken(db, token);
      return reply
        .header('set-cookie', [cookie(request, SESSION_COOKIE, '', 0), cookie(request, CSRF_COOKIE, '', 0)])
        .header('cache-control', 'no-store')
        .redirect('/tracker/sign-in', 303);
    });
  });
}
