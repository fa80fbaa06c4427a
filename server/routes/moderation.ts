import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { FlagSchema } from '../../src/core/sync/protocol.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import type { SqlDatabase } from '../db/sql-database.ts';
import { parsePart } from '../http/request-parts.ts';
import { flagAnnotation, groupFlags, unflagAnnotation } from '../store/annotation-flags.ts';

const AnnotationPathSchema = z.strictObject({ id: z.uuid({ message: 'must be an annotation id (UUID)' }) });
const GroupPathSchema = z.strictObject({ id: z.uuid({ message: 'must be a group id (UUID)' }) });

/**
 * Flags (hiding is `PUT /api/annotations/{id}/hidden`, in annotations.ts): a member of an annotation's
 * group flags it for the moderators (`POST`, again changes only the reason) or withdraws the flag
 * (`DELETE`); the group's moderators and owners list what is flagged (`GET /api/groups/{id}/flags`).
 */
export function moderationRoutes(app: FastifyInstance, db: SqlDatabase, auth: Authenticator): void {
  app.post('/api/annotations/:id/flag', async (request, reply) => {
    const user = await auth.requireUser(request);
    const { id } = parsePart('path', AnnotationPathSchema, request.params);
    // No body at all is a flag without a reason.
    const { reason } = parsePart('body', FlagSchema, request.body ?? {});
    const flag = await flagAnnotation(db, user.id, id, reason ?? null);
    return reply
      .status(flag.created ? 201 : 200)
      .send({ annotationId: id, flagged: true, ...(flag.reason !== null ? { reason: flag.reason } : {}) });
  });

  app.delete('/api/annotations/:id/flag', async (request, reply) => {
    const user = await auth.requireUser(request);
    const { id } = parsePart('path', AnnotationPathSchema, request.params);
    await unflagAnnotation(db, user.id, id);
    return reply.status(204).send();
  });

  app.get('/api/groups/:id/flags', async (request, reply) => {
    const user = await auth.requireUser(request);
    const { id } = parsePart('path', GroupPathSchema, request.params);
    const flags = await groupFlags(db, id, user.id);
    return reply.header('cache-control', 'no-store').send({ flags });
  });
}
