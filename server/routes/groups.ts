import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { JoinGroupSchema, NewGroupSchema, RoleChangeSchema } from '../../src/core/sync/protocol.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import type { SqlDatabase } from '../db/sql-database.ts';
import { parsePart } from '../http/request-parts.ts';
import { changeRole, createGroup, groupFor, joinGroup, removeMember } from '../store/groups.ts';

const GroupPathSchema = z.strictObject({ id: z.uuid({ message: 'must be a group id (UUID)' }) });
const MemberPathSchema = z.strictObject({
  id: z.uuid({ message: 'must be a group id (UUID)' }),
  userId: z.uuid({ message: 'must be a user id (UUID)' }),
});

/** Groups over HTTP: create, read, join with an invite code, change roles, leave and remove. */
export function groupRoutes(app: FastifyInstance, db: SqlDatabase, auth: Authenticator): void {
  app.post('/api/groups', async (request, reply) => {
    const user = await auth.requireUser(request);
    const { name } = parsePart('body', NewGroupSchema, request.body);
    return reply.status(201).send(await createGroup(db, user.id, name));
  });

  app.get('/api/groups/:id', async (request) => {
    const user = await auth.requireUser(request);
    const { id } = parsePart('path', GroupPathSchema, request.params);
    return groupFor(db, id, user.id);
  });

  app.post('/api/groups/:id/members', async (request, reply) => {
    const user = await auth.requireUser(request);
    const { id } = parsePart('path', GroupPathSchema, request.params);
    const { inviteCode } = parsePart('body', JoinGroupSchema, request.body);
    const { joined, role } = await joinGroup(db, id, user.id, inviteCode);
    return reply.status(joined ? 201 : 200).send({ groupId: id, userId: user.id, role });
  });

  app.patch('/api/groups/:id/members/:userId', async (request) => {
    const user = await auth.requireUser(request);
    const { id, userId } = parsePart('path', MemberPathSchema, request.params);
    const { role } = parsePart('body', RoleChangeSchema, request.body);
    await changeRole(db, id, user.id, userId, role);
    return { groupId: id, userId, role };
  });

  app.delete('/api/groups/:id/members/:userId', async (request, reply) => {
    const user = await auth.requireUser(request);
    const { id, userId } = parsePart('path', MemberPathSchema, request.params);
    await removeMember(db, id, user.id, userId);
    return reply.status(204).send();
  });
}
