import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CursorSchema } from '../../src/core/sync/protocol.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import type { Queryable, SqlDatabase } from '../db/sql-database.ts';
import { type ChangeHub, type ChangeNotice } from '../events/change-events.ts';
import { parsePart } from '../http/request-parts.ts';
import { FEED_HEAD, readChangePage } from '../store/change-feed.ts';

export const MAX_PAGE = 500;

const ChangesQuerySchema = z.strictObject({
  since: CursorSchema.default('0'),
  limit: z
    .string()
    .regex(/^[1-9][0-9]{0,3}$/, `must be a whole number from 1 to ${MAX_PAGE}`)
    .transform(Number)
    .refine((n) => n <= MAX_PAGE, `must be at most ${MAX_PAGE}`)
    .default(100),
});

/** How often an idle event stream sends a comment, so proxies do not close it. */
const HEARTBEAT_MS = 25_000;

/** The change feed (`/api/changes`) and its push companion (`/api/events`, server-sent events). */
export function changeRoutes(
  app: FastifyInstance,
  db: SqlDatabase,
  auth: Authenticator,
  hub: ChangeHub,
): void {
  app.get('/api/changes', async (request, reply) => {
    const user = await auth.optionalUser(request);
    const { since, limit } = parsePart('query', ChangesQuerySchema, request.query);
    const page = await readChangePage(db, user?.id ?? null, since, limit);
    // Sent as bytes: a string this size (often UTF-16 inside, for any curly quote) would be scanned
    // once for its length and again to encode it; this encodes each change once.
    const parts: Buffer[] = [Buffer.from('{"changes":[')];
    page.changes.forEach((json, i) => parts.push(Buffer.from(i === 0 ? json : `,${json}`)));
    parts.push(Buffer.from(`],"cursor":${JSON.stringify(page.cursor)},"more":${page.more}}`));
    // The next page's address in a header (RFC 8288), so that a client can ask for it before reading
    // this body: the server then works on the next page while the client stores this one.
    // Relative, so that it stays right behind a proxy that serves the API under a path of its own.
    if (page.more) reply.header('link', `<changes?since=${page.cursor}&limit=${limit}>; rel="next"`);
    return reply.type('application/json; charset=utf-8').send(Buffer.concat(parts));
  });

  app.get('/api/events', async (request, reply) => {
    const user = await auth.optionalUser(request);
    const concerns = async (notice: ChangeNotice): Promise<boolean> => {
      if (notice.public || notice.creator === user?.id) return true;
      if (!user || notice.groups.length === 0) return false;
      const rows = await db.query(
        `select 1 from memberships where user_id = $1
           and group_id in (select value::uuid from jsonb_array_elements_text($2::jsonb))`,
        [user.id, JSON.stringify(notice.groups)],
      );
      return rows.length > 0;
    };
    const head = await feedHead(db);

    reply.hijack();
    const stream = reply.raw;
    stream.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    // The cursor is also the event id, so a reconnecting EventSource sends it back as Last-Event-ID.
    const sendChanged = (cursor: string) =>
      stream.write(`id: ${cursor}\nevent: changed\ndata: ${JSON.stringify({ cursor })}\n\n`);
    // The head on connect lets a client that was away fetch at once, without waiting for the next write.
    sendChanged(head);

    const unsubscribe = hub.subscribe((notice) => {
      void concerns(notice).then(
        (yes) => yes && sendChanged(notice.cursor),
        () => undefined,
      );
    });
    const heartbeat = setInterval(() => stream.write(': keep-alive\n\n'), HEARTBEAT_MS);
    const close = () => {
      clearInterval(heartbeat);
      unsubscribe();
      hub.untrack(stream);
    };
    hub.track(stream);
    request.raw.on('close', close);
  });
}

/** The last feed position taken: an annotation write or a change of access. */
async function feedHead(db: Queryable): Promise<string> {
  const rows = await db.query<{ head: string }>(`select greatest(${FEED_HEAD})::text as head`);
  return rows[0]?.head ?? '0';
}
