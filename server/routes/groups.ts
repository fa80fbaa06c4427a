import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  JoinGroupSchema,
  NewGroupSchema,
  RoleChangeSchema,
  type Role,
} from '../../src/core/sync/protocol.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import type { Queryable, SqlDatabase } from '../db/sql-database.ts';
import { forbidden, HttpError, notFound } from '../http/http-error.ts';
import { parsePart } from '../http/request-parts.ts';
import { recordMembershipChange } from '../store/access-changes.ts';

const GroupPathSchema = z.strictObject({ id: z.uuid({ message: 'must be a group id (UUID)' }) });
const MemberPathSchema = z.strictObject({
  id: z.uuid({ message: 'must be a group id (UUID)' }),
  userId: z.uuid({ message: 'must be a user id (UUID)' }),
});

const RANK: Record<Role, number> = { member: 1, moderator: 2, owner: 3 };

async function roleOf(db: Queryable, groupId: string, userId: string): Promise<Role | null> {
  const rows = await db.query<{ role: Role }>(
    'select role from memberships where group_id = $1 and user_id = $2',
    [groupId, userId],
  );
  return rows[0]?.role ?? null;
}

/**
 * Whether `actor` may change or remove `target`: owners act on anyone; moderators on plain members only;
 * and nobody grants a role above their own.
 */
function mayManage(actor: Role, target: Role, newRole: Role = 'member'): boolean {
  if (actor === 'owner') return true;
  return actor === 'moderator' && RANK[target] < RANK[actor] && RANK[newRole] <= RANK[actor];
}

async function ownerCount(db: Queryable, groupId: string): Promise<number> {
  const rows = await db.query<{ n: number }>(
    "select count(*)::integer as n from memberships where group_id = $1 and role = 'owner'",
    [groupId],
  );
  return rows[0]?.n ?? 0;
}

function sameCode(a: string, b: string): boolean {
  // Compared as hashes so that the comparison takes the same time whatever the lengths.
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** Groups: create, join with an invite code, roles, leave and remove. */
export function groupRoutes(app: FastifyInstance, db: SqlDatabase, auth: Authenticator): void {
  app.post('/api/groups', async (request, reply) => {
    const user = await auth.requireUser(request);
    const { name } = parsePart('body', NewGroupSchema, request.body);
    const id = randomUUID();
    const inviteCode = randomBytes(16).toString('base64url');
    await db.transaction(async (tx) => {
      await tx.query('insert into groups (id, name, invite_code) values ($1, $2, $3)', [
        id,
        name,
        inviteCode,
      ]);
      await tx.query("insert into memberships (group_id, user_id, role) values ($1, $2, 'owner')", [
        id,
        user.id,
      ]);
    });
    return reply.status(201).send({ id, name, inviteCode });
  });

  app.get('/api/groups/:id', async (request) => {
    const user = await auth.requireUser(request);
    const { id } = parsePart('path', GroupPathSchema, request.params);
    const role = await roleOf(db, id, user.id);
    if (!role) throw notFound('the group');
    const groups = await db.query<{ name: string; invite_code: string }>(
      'select name, invite_code from groups where id = $1',
      [id],
    );
    const members = await db.query<{ userId: string; username: string; role: Role }>(
      `select u.id as "userId", u.username, m.role from memberships m join users u on u.id = m.user_id
        where m.group_id = $1 order by u.username`,
      [id],
    );
    // Whoever may let people in sees the invite code; plain members do not.
    const inviteCode = RANK[role] >= RANK.moderator ? groups[0]?.invite_code : undefined;
    return { id, name: groups[0]?.name, role, members, ...(inviteCode ? { inviteCode } : {}) };
  });

  app.post('/api/groups/:id/members', async (request, reply) => {
    const user = await auth.requireUser(request);
    const { id } = parsePart('path', GroupPathSchema, request.params);
    const { inviteCode } = parsePart('body', JoinGroupSchema, request.body);
    const groups = await db.query<{ invite_code: string }>('select invite_code from groups where id = $1', [
      id,
    ]);
    const group = groups[0];
    if (!group) throw notFound('the group');
    if (!sameCode(group.invite_code, inviteCode))
      throw forbidden('the invite code does not match this group');
    const rows = await db.transaction(async (tx) => {
      const inserted = await tx.query(
        `insert into memberships (group_id, user_id, role) values ($1, $2, 'member')
         on conflict (group_id, user_id) do nothing returning role`,
        [id, user.id],
      );
      // The group's earlier annotations are behind the new member's cursor: the feed brings them.
      if (inserted.length > 0) await recordMembershipChange(tx, 'joined', user.id, id);
      return inserted;
    });
    const role = rows.length > 0 ? 'member' : await roleOf(db, id, user.id);
    return reply.status(rows.length > 0 ? 201 : 200).send({ groupId: id, userId: user.id, role });
  });

  app.patch('/api/groups/:id/members/:userId', async (request) => {
    const user = await auth.requireUser(request);
    const { id, userId } = parsePart('path', MemberPathSchema, request.params);
    const { role: newRole } = parsePart('body', RoleChangeSchema, request.body);
    return db.transaction(async (tx) => {
      await tx.query('select id from groups where id = $1 for update', [id]);
      const actor = await roleOf(tx, id, user.id);
      if (!actor) throw notFound('the group');
      const target = await roleOf(tx, id, userId);
      if (!target) throw notFound('the member');
      if (!mayManage(actor, target, newRole)) {
        throw forbidden(`a ${actor} may not make a ${target} a ${newRole}`);
      }
      if (target === 'owner' && newRole !== 'owner' && (await ownerCount(tx, id)) <= 1) {
        throw new HttpError(409, 'the group would have no owner; make someone else owner first');
      }
      await tx.query('update memberships set role = $3 where group_id = $1 and user_id = $2', [
        id,
        userId,
        newRole,
      ]);
      return { groupId: id, userId, role: newRole };
    });
  });

  app.delete('/api/groups/:id/members/:userId', async (request, reply) => {
    const user = await auth.requireUser(request);
    const { id, userId } = parsePart('path', MemberPathSchema, request.params);
    await db.transaction(async (tx) => {
      await tx.query('select id from groups where id = $1 for update', [id]);
      const actor = await roleOf(tx, id, user.id);
      if (!actor) throw notFound('the group');
      const target = await roleOf(tx, id, userId);
      if (!target) throw notFound('the member');
      if (userId !== user.id && !mayManage(actor, target))
        throw forbidden(`a ${actor} may not remove a ${target}`);
      if (target === 'owner' && (await ownerCount(tx, id)) <= 1) {
        throw new HttpError(409, 'the group would have no owner; make someone else owner first');
      }
      await tx.query('delete from memberships where group_id = $1 and user_id = $2', [id, userId]);
      // Their copies of the group's annotations must go from their machine too: tombstones in the feed.
      await recordMembershipChange(tx, 'left', userId, id);
      // A removed member knows the invite code: a new one keeps them from simply joining again.
      if (userId !== user.id) {
        await tx.query('update groups set invite_code = $2 where id = $1', [
          id,
          randomBytes(16).toString('base64url'),
        ]);
      }
    });
    return reply.status(204).send();
  });
}
