import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Role } from '../../src/core/sync/protocol.ts';
import type { Queryable, SqlDatabase } from '../db/sql-database.ts';
import { recordMembershipChange } from './access-changes.ts';
import { ForbiddenError, NotFoundError, StateConflictError } from './domain-errors.ts';

/*
 * Groups and their members: who may see, join, change and remove whom. Each change of who belongs runs in
 * one transaction with the access entries the change feed turns into tombstones or backfills.
 */

const RANK: Record<Role, number> = { member: 1, moderator: 2, owner: 3 };

/** A group as one of its members sees it; the invite code only for those who may let people in. */
export interface GroupView {
  id: string;
  name: string | undefined;
  role: Role;
  members: { userId: string; username: string; role: Role }[];
  inviteCode?: string;
}

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

const newInviteCode = (): string => randomBytes(16).toString('base64url');

const noOwnerLeft = (): StateConflictError =>
  new StateConflictError('the group would have no owner; make someone else owner first');

/** A new group with its creator as its one owner. */
export async function createGroup(
  db: SqlDatabase,
  userId: string,
  name: string,
): Promise<{ id: string; name: string; inviteCode: string }> {
  const id = randomUUID();
  const inviteCode = newInviteCode();
  await db.transaction(async (tx) => {
    await tx.query('insert into groups (id, name, invite_code) values ($1, $2, $3)', [id, name, inviteCode]);
    await tx.query("insert into memberships (group_id, user_id, role) values ($1, $2, 'owner')", [
      id,
      userId,
    ]);
  });
  return { id, name, inviteCode };
}

/** The group, its members and the reader's role; not found for anyone who is not a member. */
export async function groupFor(db: SqlDatabase, id: string, userId: string): Promise<GroupView> {
  const role = await roleOf(db, id, userId);
  if (!role) throw new NotFoundError('the group');
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
}

/** Joins with the group's invite code; joining again changes nothing. The member's role, and whether new. */
export async function joinGroup(
  db: SqlDatabase,
  id: string,
  userId: string,
  inviteCode: string,
): Promise<{ joined: boolean; role: Role | null }> {
  const groups = await db.query<{ invite_code: string }>('select invite_code from groups where id = $1', [
    id,
  ]);
  const group = groups[0];
  if (!group) throw new NotFoundError('the group');
  if (!sameCode(group.invite_code, inviteCode))
    throw new ForbiddenError('the invite code does not match this group');
  const rows = await db.transaction(async (tx) => {
    const inserted = await tx.query(
      `insert into memberships (group_id, user_id, role) values ($1, $2, 'member')
       on conflict (group_id, user_id) do nothing returning role`,
      [id, userId],
    );
    // The group's earlier annotations are behind the new member's cursor: the feed brings them.
    if (inserted.length > 0) await recordMembershipChange(tx, 'joined', userId, id);
    return inserted;
  });
  if (rows.length > 0) return { joined: true, role: 'member' };
  return { joined: false, role: await roleOf(db, id, userId) };
}

/** `actorId` gives `targetId` the role `newRole`, within what their own role allows. */
export async function changeRole(
  db: SqlDatabase,
  id: string,
  actorId: string,
  targetId: string,
  newRole: Role,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('select id from groups where id = $1 for update', [id]);
    const actor = await roleOf(tx, id, actorId);
    if (!actor) throw new NotFoundError('the group');
    const target = await roleOf(tx, id, targetId);
    if (!target) throw new NotFoundError('the member');
    if (!mayManage(actor, target, newRole)) {
      throw new ForbiddenError(`a ${actor} may not make a ${target} a ${newRole}`);
    }
    if (target === 'owner' && newRole !== 'owner' && (await ownerCount(tx, id)) <= 1) throw noOwnerLeft();
    await tx.query('update memberships set role = $3 where group_id = $1 and user_id = $2', [
      id,
      targetId,
      newRole,
    ]);
  });
}

/** `actorId` removes `targetId` from the group (or leaves it, when they are the same). */
export async function removeMember(
  db: SqlDatabase,
  id: string,
  actorId: string,
  targetId: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('select id from groups where id = $1 for update', [id]);
    const actor = await roleOf(tx, id, actorId);
    if (!actor) throw new NotFoundError('the group');
    const target = await roleOf(tx, id, targetId);
    if (!target) throw new NotFoundError('the member');
    if (targetId !== actorId && !mayManage(actor, target))
      throw new ForbiddenError(`a ${actor} may not remove a ${target}`);
    if (target === 'owner' && (await ownerCount(tx, id)) <= 1) throw noOwnerLeft();
    await tx.query('delete from memberships where group_id = $1 and user_id = $2', [id, targetId]);
    // Their copies of the group's annotations must go from their machine too: tombstones in the feed.
    await recordMembershipChange(tx, 'left', targetId, id);
    // A removed member knows the invite code: a new one keeps them from simply joining again.
    if (targetId !== actorId) {
      await tx.query('update groups set invite_code = $2 where id = $1', [id, newInviteCode()]);
    }
  });
}
