import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { ANNOTATION_LINK_PATH } from '../../src/core/document/annotation-link.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import type { SqlDatabase } from '../db/sql-database.ts';
import { parsePart } from '../http/request-parts.ts';
import { annotationPage, PAGE_CSP, unavailablePage } from '../pages/annotation-page.ts';
import { rowOf } from '../store/annotation-writes.ts';
import { mayRead, recordFor } from '../store/annotation-rows.ts';

const PathSchema = z.strictObject({ id: z.uuid({ message: 'must be an annotation id (UUID)' }) });

/** Sends one of this server's pages with its strict policy; `shared` when a cache may keep it. */
export function sendPage(reply: FastifyReply, status: number, body: string, shared: boolean): FastifyReply {
  return (
    reply
      .status(status)
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-security-policy', PAGE_CSP)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      .header('x-frame-options', 'DENY')
      // A page read with a token is that reader's; a public one may change or go private: check each time.
      .header('cache-control', shared ? 'no-cache' : 'private, no-store')
      .send(body)
  );
}

/**
 * An annotation's link, as a page for a browser (server/pages/annotation-page.ts). The same reading rule
 * as `GET /api/annotations/:id`: public for anyone; a group's for its members and a private one for its
 * creator, which only a request with a token can be (a browser following a link sends none, so it sees
 * the "not available" page). An unknown, deleted or hidden id answers that same page with the same 404,
 * so the page never tells whether a private annotation exists.
 */
export function annotationPageRoutes(app: FastifyInstance, db: SqlDatabase, auth: Authenticator): void {
  app.get(`${ANNOTATION_LINK_PATH}:id`, async (request, reply) => {
    const user = await auth.optionalUser(request);
    const { id } = parsePart('path', PathSchema, request.params);
    const reader = user?.id ?? null;
    const row = await rowOf(db, id.toLowerCase(), reader);
    const annotation = row && mayRead(row, reader) ? recordFor(row, reader).annotation : null;
    if (!row || !annotation) return sendPage(reply, 404, unavailablePage(), user === null);
    const creatorName = typeof row.creator_name === 'string' ? row.creator_name : null;
    return sendPage(
      reply,
      200,
      annotationPage({ annotation, creatorName }),
      row.visibility === 'public' && user === null,
    );
  });
}
