import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AnnotationSchema, type Annotation } from '../../src/core/model/annotation.ts';
import { etagOf } from '../../src/core/sync/protocol.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import type { SqlDatabase } from '../db/sql-database.ts';
import { HttpError } from '../http/http-error.ts';
import { parsePart } from '../http/request-parts.ts';
import { READABLE_WHERE, ROW_SELECT, type AnnotationRow } from '../store/annotation-rows.ts';
import { preconditionOf } from '../http/preconditions.ts';
import { deleteAnnotation, putAnnotation, readableRow } from '../store/annotation-writes.ts';
import { EXPORT_CONTEXT } from '../../src/core/export/plan-context.ts';
import { ANNO_CONTEXT, containerAnnotation, recordFromW3c } from '../web-annotation/jsonld.ts';

/** The W3C Web Annotation Protocol (https://www.w3.org/TR/annotation-protocol/) over the same store. */
export const ANNO_MEDIA_TYPE = `application/ld+json; profile="${ANNO_CONTEXT}"`;
const PAGE_SIZE = 50;
const CONTAINER_LINK =
  '<http://www.w3.org/ns/ldp#BasicContainer>; rel="type", ' +
  '<http://www.w3.org/TR/annotation-protocol/>; rel="http://www.w3.org/ns/ldp#constrainedBy"';
const RESOURCE_LINK = '<http://www.w3.org/ns/ldp#Resource>; rel="type"';
const CONTAINER_ALLOW = 'GET, POST, HEAD, OPTIONS';
const RESOURCE_ALLOW = 'GET, PUT, DELETE, HEAD, OPTIONS';

const PathSchema = z.strictObject({ id: z.uuid({ message: 'must be an annotation id (UUID)' }) });
const PageQuerySchema = z.strictObject({
  page: z
    .string()
    .regex(/^(0|[1-9][0-9]{0,8})$/, 'must be a page number from 0')
    .transform(Number)
    .optional(),
});

/** Whether an If-None-Match header names this (weak) ETag, or is `*`; compared weakly (RFC 9110 13.1.2). */
function matches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/** Sent as bytes: for an object or a string fastify would append `; charset=utf-8` to the media type. */
function sendJsonLd(reply: FastifyReply, value: unknown): FastifyReply {
  return reply.header('content-type', ANNO_MEDIA_TYPE).send(Buffer.from(JSON.stringify(value)));
}

function baseOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/** Readable, not deleted, not hidden from this reader: what the container lists. */
const LISTED = `${READABLE_WHERE} and not a.deleted
  and (not a.hidden or a.creator = $1::uuid or m.role in ('moderator', 'owner'))`;

export function webAnnotationProtocolRoutes(
  app: FastifyInstance,
  db: SqlDatabase,
  auth: Authenticator,
): void {
  // The protocol's media type is JSON; parsed by fastify's own JSON parser, with the same guards.
  app.addContentTypeParser(
    'application/ld+json',
    { parseAs: 'string' },
    app.getDefaultJsonParser('error', 'error'),
  );

  const annotationIri = (request: FastifyRequest, id: string) => `${baseOf(request)}/annotations/${id}`;
  const w3cOf = (request: FastifyRequest, row: AnnotationRow, record: Annotation, embedded = false) =>
    containerAnnotation(
      record,
      { origin: baseOf(request), creator: row.creator, group: row.group_id },
      { embedded },
    );
  const sendAnnotation = (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    row: AnnotationRow,
  ) => {
    if (!row.record) throw new HttpError(410, 'the annotation was deleted');
    void reply.status(status).headers({
      etag: etagOf(row.version),
      link: RESOURCE_LINK,
      allow: RESOURCE_ALLOW,
      vary: 'Accept',
    });
    return sendJsonLd(reply, w3cOf(request, row, row.record));
  };

  // 200 with an empty body, as protocol clients expect of OPTIONS (and the LDP examples show).
  app.options('/annotations/', async (_request, reply) =>
    reply
      .status(200)
      .headers({
        link: CONTAINER_LINK,
        allow: CONTAINER_ALLOW,
        'accept-post': ANNO_MEDIA_TYPE,
        'content-length': '0',
      })
      .send(),
  );
  app.options('/annotations/:id', async (_request, reply) =>
    reply.status(200).headers({ link: RESOURCE_LINK, allow: RESOURCE_ALLOW, 'content-length': '0' }).send(),
  );

  app.get('/annotations/', async (request, reply) => {
    const user = await auth.optionalUser(request);
    const { page } = parsePart('query', PageQuerySchema, request.query);
    const reader = user?.id ?? null;
    const container = `${baseOf(request)}/annotations/`;
    // How many this reader is listed, and a fingerprint of which and at what version: every write
    // (create, edit, delete, hide) takes a new feed position, so any change to the listing changes the
    // sum or the count, and with them the ETag.
    const counted = await db.query<{ total: number; positions: string }>(
      `select count(*)::integer as total, coalesce(sum(listed.seq::numeric), 0)::text as positions
         from (${ROW_SELECT} where ${LISTED}) listed`,
      [reader],
    );
    const total = counted[0]?.total ?? 0;
    const lastPage = Math.max(0, Math.ceil(total / PAGE_SIZE) - 1);
    const representation = page === undefined ? container : `${container}?page=${page}`;
    // Weak: the same listing is the same representation, byte for byte only as far as JSON goes. The
    // reader is in it, since two readers of one address see different listings.
    const etag = `W/"${createHash('sha256')
      .update(`${reader ?? ''}\n${total}\n${counted[0]?.positions ?? '0'}\n${representation}`)
      .digest('base64url')
      .slice(0, 27)}"`;
    void reply.headers({
      link: CONTAINER_LINK,
      allow: CONTAINER_ALLOW,
      'accept-post': ANNO_MEDIA_TYPE,
      vary: 'Accept, Prefer, Authorization',
      etag,
      'content-location': representation,
    });
    if (matches(request.headers['if-none-match'], etag)) return reply.status(304).send();
    if (page === undefined) {
      return sendJsonLd(reply, {
        '@context': [ANNO_CONTEXT, 'http://www.w3.org/ns/ldp.jsonld'],
        id: container,
        type: ['BasicContainer', 'AnnotationCollection'],
        label: 'Plan Annotator annotations',
        total,
        ...(total > 0 ? { first: `${container}?page=0`, last: `${container}?page=${lastPage}` } : {}),
      });
    }
    if (page > lastPage && !(page === 0 && total === 0)) throw new HttpError(404, `there is no page ${page}`);
    // Ordered by id, which never changes, so that a page holds still while annotations are edited.
    const rows = await db.query<AnnotationRow>(
      `${ROW_SELECT} where ${LISTED} order by a.id limit $2 offset $3`,
      [reader, PAGE_SIZE, page * PAGE_SIZE],
    );
    return sendJsonLd(reply, {
      // Items inherit the page's context, ours included, so their plan terms expand (W3C model 5.2).
      '@context': EXPORT_CONTEXT,
      id: `${container}?page=${page}`,
      type: 'AnnotationPage',
      partOf: { id: container, total },
      startIndex: page * PAGE_SIZE,
      items: rows.flatMap((row) => (row.record ? [w3cOf(request, row, row.record, true)] : [])),
      ...(page < lastPage ? { next: `${container}?page=${page + 1}` } : {}),
      ...(page > 0 ? { prev: `${container}?page=${page - 1}` } : {}),
    });
  });

  app.post('/annotations/', async (request, reply) => {
    const user = await auth.requireUser(request);
    const id = randomUUID();
    const candidate = recordFromW3c(request.body, id, new Date().toISOString());
    const annotation = parsePart('body', AnnotationSchema, candidate);
    const { row } = await putAnnotation(db, user.id, { kind: 'create' }, annotation, null);
    void reply.header('location', annotationIri(request, id));
    return sendAnnotation(request, reply, 201, row);
  });

  app.get('/annotations/:id', async (request, reply) => {
    const user = await auth.optionalUser(request);
    const { id } = parsePart('path', PathSchema, request.params);
    const row = await readableRow(db, id, user?.id ?? null);
    if (request.headers['if-none-match'] === etagOf(row.version)) return reply.status(304).send();
    return sendAnnotation(request, reply, 200, row);
  });

  app.put('/annotations/:id', async (request, reply) => {
    const user = await auth.requireUser(request);
    const { id } = parsePart('path', PathSchema, request.params);
    const precondition = preconditionOf(request.headers, false);
    const current = await readableRow(db, id, user.id);
    const previous = current.record ?? undefined;
    const annotation = parsePart(
      'body',
      AnnotationSchema,
      recordFromW3c(request.body, id, new Date().toISOString(), previous),
    );
    const { row } = await putAnnotation(db, user.id, precondition, annotation, current.group_id);
    return sendAnnotation(request, reply, 200, row);
  });

  app.delete('/annotations/:id', async (request, reply) => {
    const user = await auth.requireUser(request);
    const { id } = parsePart('path', PathSchema, request.params);
    await deleteAnnotation(db, user.id, id, preconditionOf(request.headers, false));
    return reply.status(204).send();
  });
}
