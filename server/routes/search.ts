import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SearchQuerySchema } from '../../src/core/search/search-query.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import type { SqlDatabase } from '../db/sql-database.ts';
import { HttpError } from '../http/http-error.ts';
import { parsePart } from '../http/request-parts.ts';
import { searchGroup, tsqueryText } from '../store/annotation-search.ts';

export const MAX_SEARCH_RESULTS = 100;

const PathSchema = z.strictObject({ id: z.uuid({ message: 'must be a group id (UUID)' }) });
const QuerySchema = z.strictObject({
  q: SearchQuerySchema,
  limit: z
    .string()
    .regex(/^[1-9][0-9]{0,2}$/, `must be a whole number from 1 to ${MAX_SEARCH_RESULTS}`)
    .transform(Number)
    .refine((n) => n <= MAX_SEARCH_RESULTS, `must be at most ${MAX_SEARCH_RESULTS}`)
    .default(50),
});

/**
 * `GET /api/groups/{id}/search?q=<words>&limit=N`: the group's annotations this member may read whose
 * comment, quote, tags, evidence titles or document title hold every word (as a word's start), newest
 * change first, as the change feed's records (`{results: SyncRecord[]}`).
 */
export function searchRoutes(app: FastifyInstance, db: SqlDatabase, auth: Authenticator): void {
  app.get('/api/groups/:id/search', async (request, reply) => {
    const user = await auth.requireUser(request);
    const { id } = parsePart('path', PathSchema, request.params);
    const { q, limit } = parsePart('query', QuerySchema, request.query);
    const tsquery = tsqueryText(q);
    if (tsquery === null) {
      throw new HttpError(400, 'query.q: the search has no word to look for', {
        fields: [{ field: 'query.q', message: 'the search has no word to look for' }],
      });
    }
    const member = await db.query<{ role: string }>(
      'select role from memberships where group_id = $1 and user_id = $2',
      [id, user.id],
    );
    // As everywhere for groups: someone outside it cannot tell it from one that does not exist.
    if (member.length === 0)
      throw new HttpError(404, 'the group was not found, or you are not one of its members');
    const results = await searchGroup(db, user.id, id, tsquery, limit);
    return reply.header('cache-control', 'no-store').send({ results });
  });
}
