import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  etagOf,
  HiddenChangeSchema,
  SyncWriteSchema,
  type SyncRecord,
} from '../../src/core/sync/protocol.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import type { SqlDatabase } from '../db/sql-database.ts';
import { HttpError } from '../http/http-error.ts';
import { parsePart } from '../http/request-parts.ts';
import { recordFor } from '../store/annotation-rows.ts';
import { BatchWriteSchema, MAX_BATCH, type BatchResult } from '../../src/core/sync/batch.ts';
import { answerToDomainError } from '../http/error-handler.ts';
import { preconditionOf } from '../http/preconditions.ts';
import { batchWrite } from '../store/annotation-batch.ts';
import { deleteAnnotation, putAnnotation, readableRow, setHidden } from '../store/annotation-writes.ts';

/** Room for a full batch (MAX_BATCH writes) of annotations of ordinary size. */
export const BATCH_BODY_LIMIT = MAX_BATCH * 40 * 1024;

const PathSchema = z.strictObject({ id: z.uuid({ message: 'must be an annotation id (UUID)' }) });

function send(reply: FastifyReply, status: number, record: SyncRecord): FastifyReply {
  return reply.status(status).header('etag', etagOf(record.version)).send(record);
}

/** The sync API for one annotation: create or update, read, delete (tombstone), and hide (moderation). */
export function annotationRoutes(app: FastifyInstance, db: SqlDatabase, auth: Authenticator): void {
  app.put('/api/annotations/:id', async (request, reply) => {
    const user = await auth.requireUser(request);
    const { id } = parsePart('path', PathSchema, request.params);
    const precondition = preconditionOf(request.headers, true);
    const write = parsePart('body', SyncWriteSchema, request.body);
    if (write.annotation.id !== id) {
      throw new HttpError(400, 'body.annotation.id: differs from the id in the address', {
        fields: [{ field: 'body.annotation.id', message: 'differs from the id in the address' }],
      });
    }
    const { created, row } = await putAnnotation(
      db,
      user.id,
      precondition,
      write.annotation,
      write.group ?? null,
    );
    return send(reply, created ? 201 : 200, recordFor(row, user.id));
  });

  // A full batch of large annotations is bigger than any single request may be.
  app.post('/api/annotations/batch', { bodyLimit: BATCH_BODY_LIMIT }, async (request) => {
    const user = await auth.requireUser(request);
    const { writes } = parsePart('body', BatchWriteSchema, request.body);
    const outcomes = await batchWrite(
      db,
      user.id,
      writes.map((write) => (write.op === 'put' ? { ...write, group: write.group ?? null } : write)),
    );
    // Each write answered as its own request would be: the same status, message and current record.
    const results: BatchResult[] = outcomes.map((outcome) => {
      if ('row' in outcome) {
        return { status: outcome.created ? 201 : 200, record: recordFor(outcome.row, user.id) };
      }
      const [status, body] = answerToDomainError(outcome.refused);
      const current = body['current'] as BatchResult['current'];
      return { status, error: body.error, ...(current !== undefined ? { current } : {}) };
    });
    return { results };
  });

  app.get('/api/annotations/:id', async (request, reply) => {
    const user = await auth.optionalUser(request);
    const { id } = parsePart('path', PathSchema, request.params);
    const row = await readableRow(db, id, user?.id ?? null);
    if (request.headers['if-none-match'] === etagOf(row.version)) return reply.status(304).send();
    return send(reply, 200, recordFor(row, user?.id ?? null));
  });

  app.delete('/api/annotations/:id', async (request, reply) => {
    const user = await auth.requireUser(request);
    const { id } = parsePart('path', PathSchema, request.params);
    const row = await deleteAnnotation(db, user.id, id, preconditionOf(request.headers, false));
    return send(reply, 200, recordFor(row, user.id));
  });

  app.put('/api/annotations/:id/hidden', async (request, reply) => {
    const user = await auth.requireUser(request);
    const { id } = parsePart('path', PathSchema, request.params);
    const { hidden, reason } = parsePart('body', HiddenChangeSchema, request.body);
    const row = await setHidden(db, user.id, id, hidden, reason ?? null);
    return send(reply, 200, recordFor(row, user.id));
  });
}
