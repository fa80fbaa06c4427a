import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Authenticator } from '../auth/authenticate.ts';
import type { SqlDatabase } from '../db/sql-database.ts';
import { HttpError } from '../http/http-error.ts';
import { parsePart } from '../http/request-parts.ts';
import { groupActivity } from '../store/group-activity.ts';

export const MAX_ACTIVITY = 50;

const PathSchema = z.strictObject({ id: z.uuid({ message: 'must be a group id (UUID)' }) });
const QuerySchema = z.strictObject({
  limit: z
    .string()
    .regex(/^[1-9][0-9]?$/, `must be a whole number from 1 to ${MAX_ACTIVITY}`)
    .transform(Number)
    .refine((n) => n <= MAX_ACTIVITY, `must be at most ${MAX_ACTIVITY}`)
    .default(10),
});

/**
 * `GET /api/groups/{id}/activity?limit=N`: the group's latest changes this member may read, newest
 * first, as the change feed's records (`{activity: SyncRecord[]}`); a deleted one without content.
 */
export function activityRoutes(app: FastifyInstance, db: SqlDatabase, auth: Authenticator): void {
  app.get('/api/groups/:id/activity', async (request, reply) => {
    const user = await auth.requireUser(request);
    const { id } = parsePart('path', PathSchema, request.params);
    const { limit } = parsePart('query', QuerySchema, request.query);
    const member = await db.query<{ role: string }>(
      'select role from memberships where group_id = $1 and user_id = $2',
      [id, user.id],
    );
    // As everywhere for groups: someone outside it cannot tell it from one that does not exist.
    if (member.length === 0)
      throw new HttpError(404, 'the group was not found, or you are not one of its members');
    const activity = await groupActivity(db, user.id, id, limit);
    return reply.header('cache-control', 'no-store').send({ activity });
  });
}
