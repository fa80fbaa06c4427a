import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { PlanSchema, type PlanRecord } from '../../src/core/model/plan-record.ts';
import { etagOf } from '../../src/core/sync/protocol.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import type { SqlDatabase } from '../db/sql-database.ts';
import { HttpError } from '../http/http-error.ts';
import { preconditionOf } from '../http/preconditions.ts';
import { parsePart } from '../http/request-parts.ts';
import { listPlans, putPlan, readPlan } from '../store/plans.ts';

/** A plan of 300 commitments with long titles, themes and agencies is bigger than an annotation. */
export const PLAN_BODY_LIMIT = 1024 * 1024;

const GroupPathSchema = z.strictObject({ id: z.uuid({ message: 'must be a group id (UUID)' }) });
const PlanPathSchema = z.strictObject({
  id: z.uuid({ message: 'must be a group id (UUID)' }),
  planId: z.uuid({ message: 'must be a plan id (UUID)' }),
});

function send(reply: FastifyReply, status: number, record: PlanRecord): FastifyReply {
  return reply.status(status).header('etag', etagOf(record.version)).send(record);
}

/** The plans a group's members shared: list, read one, share (create or replace at a version). */
export function planRoutes(app: FastifyInstance, db: SqlDatabase, auth: Authenticator): void {
  app.get('/api/groups/:id/plans', async (request, reply) => {
    const user = await auth.requireUser(request);
    const { id } = parsePart('path', GroupPathSchema, request.params);
    reply.header('cache-control', 'no-store');
    return { plans: await listPlans(db, id, user.id) };
  });

  app.get('/api/groups/:id/plans/:planId', async (request, reply) => {
    const user = await auth.requireUser(request);
    const { id, planId } = parsePart('path', PlanPathSchema, request.params);
    const record = await readPlan(db, id, user.id, planId.toLowerCase());
    if (request.headers['if-none-match'] === etagOf(record.version)) return reply.status(304).send();
    return send(reply, 200, record);
  });

  app.put('/api/groups/:id/plans/:planId', { bodyLimit: PLAN_BODY_LIMIT }, async (request, reply) => {
    const user = await auth.requireUser(request);
    const { id, planId } = parsePart('path', PlanPathSchema, request.params);
    const precondition = preconditionOf(request.headers, true);
    const plan = parsePart('body', PlanSchema, request.body);
    if (plan.id !== planId.toLowerCase()) {
      throw new HttpError(400, 'body.id: differs from the id in the address', {
        fields: [{ field: 'body.id', message: 'differs from the id in the address' }],
      });
    }
    const outcome = await putPlan(db, id, user.id, precondition, plan);
    if (outcome.written) return send(reply, outcome.created ? 201 : 200, outcome.record);
    const { current } = outcome;
    throw new HttpError(
      412,
      current
        ? `the plan changed on the server; it is at version ${current.version}`
        : 'the plan is not on the server; create it with If-None-Match: *',
      { body: { current }, ...(current ? { headers: { etag: etagOf(current.version) } } : {}) },
    );
  });
}
