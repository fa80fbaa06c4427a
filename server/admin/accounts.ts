/**
 * What an operator does to accounts and groups outside the API (`plan-annotator admin`): each a function
 * over the database, in one transaction, so that the command line and the tests do the same thing and a
 * running server over the same PostgreSQL sees it at once (an erase's tombstones reach event streams
 * through the same NOTIFY as any write).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { CredentialsSchema, RoleSchema, type Role } from '../../src/core/sync/protocol.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { Queryable, SqlDatabase } from '../db/sql-database.ts';
import { recordMembershipChange } from '../store/access-changes.ts';
import { nextSeq } from '../store/annotation-writes.ts';
import { lockAnnotations } from '../store/feed-position.ts';

/** A refusal the operator can act on; the command line prints its message and exits 1. */
export class AdminError extends Error {}

export interface UserSummary {
  id: string;
  username: string;
  created: string;
  disabled: boolean;
  groups: number;
}

export interface GroupSummary {
  id: string;
  name: string;
  created: string;
  members: { userId: string; username: string; role: Role }[];
}

/** A password for an account an operator makes or resets without typing one: 18 random bytes. */
export function generatedPassword(): string {
  return randomBytes(18).toString('base64url');
}

function checkCredentials(username: string, password: string): { username: string; password: string } {
  const parsed = CredentialsSchema.safeParse({ username, password });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AdminError(`${String(issue?.path[0] ?? 'input')}: ${issue?.message ?? 'not valid'}`);
  }
  return { username: parsed.data.username.toLowerCase(), password: parsed.data.password };
}

async function userByName(
  db: Queryable,
  username: string,
): Promise<{ id: string; username: string; disabled: boolean }> {
  const rows = await db.query<{ id: string; username: string; disabled: boolean }>(
    'select id, username, disabled from users where username = $1',
    [username.toLowerCase()],
  );
  const user = rows[0];
  if (!user) throw new AdminError(`there is no user "${username}"`);
  return user;
}

export async function createUser(
  db: SqlDatabase,
  username: string,
  password: string,
): Promise<{ id: string; username: string }> {
  const credentials = checkCredentials(username, password);
  const id = randomUUID();
  const rows = await db.query(
    `insert into users (id, username, password_hash) values ($1, $2, $3)
     on conflict (username) do nothing returning id`,
    [id, credentials.username, await hashPassword(credentials.password)],
  );
  if (rows.length === 0) throw new AdminError(`the username "${credentials.username}" is taken`);
  return { id, username: credentials.username };
}

/** A new password; every sign-in of the account ends (its tokens are revoked) and its lockouts clear. */
export async function resetPassword(
  db: SqlDatabase,
  username: string,
  password: string,
): Promise<{ id: string; username: string }> {
  const user = await userByName(db, username);
  const credentials = checkCredentials(user.username, password);
  const hash = await hashPassword(credentials.password);
  await db.transaction(async (tx) => {
    await tx.query('update users set password_hash = $2 where id = $1', [user.id, hash]);
    await tx.query('delete from tokens where user_id = $1', [user.id]);
    await tx.query('delete from login_failures where username = $1', [user.username]);
  });
  return { id: user.id, username: user.username };
}

/**
 * A disabled account cannot sign in, and its tokens stop working at once (they are revoked; the token
 * check also refuses a disabled account). Enabling lets it sign in again; its data was never touched.
 */
export async function setDisabled(
  db: SqlDatabase,
  username: string,
  disabled: boolean,
): Promise<{ id: string; username: string; disabled: boolean }> {
  const user = await userByName(db, username);
  await db.transaction(async (tx) => {
    await tx.query('update users set disabled = $2 where id = $1', [user.id, disabled]);
    if (disabled) await tx.query('delete from tokens where user_id = $1', [user.id]);
  });
  return { id: user.id, username: user.username, disabled };
}

export async function listUsers(db: Queryable): Promise<UserSummary[]> {
  return db.query<UserSummary & Record<string, unknown>>(
    `select u.id, u.username, to_char(u.created at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as created,
            u.disabled, (select count(*)::integer from memberships m where m.user_id = u.id) as groups
       from users u order by u.username`,
  );
}

export async function listGroups(db: Queryable): Promise<GroupSummary[]> {
  const groups = await db.query<{ id: string; name: string; created: string }>(
    `select id, name, to_char(created at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as created
       from groups order by name, id`,
  );
  const members = await db.query<{ group_id: string; userId: string; username: string; role: Role }>(
    `select m.group_id, u.id as "userId", u.username, m.role
       from memberships m join users u on u.id = m.user_id order by u.username`,
  );
  return groups.map((g) => ({
    ...g,
    members: members
      .filter((m) => m.group_id === g.id)
      .map(({ userId, username, role }) => ({ userId, username, role })),
  }));
}

/** Makes `username` a `role` of the group (by id or by its name when that is unique); the last owner stays. */
export async function setRole(
  db: SqlDatabase,
  group: string,
  username: string,
  role: string,
): Promise<{ groupId: string; username: string; role: Role }> {
  const parsedRole = RoleSchema.safeParse(role);
  if (!parsedRole.success) throw new AdminError(`the role must be member, moderator or owner, not "${role}"`);
  const user = await userByName(db, username);
  return db.transaction(async (tx) => {
    const groupId = await groupIdOf(tx, group);
    await tx.query('select id from groups where id = $1 for update', [groupId]);
    const current = await tx.query<{ role: Role }>(
      'select role from memberships where group_id = $1 and user_id = $2',
      [groupId, user.id],
    );
    if (current.length === 0) throw new AdminError(`"${user.username}" is not a member of that group`);
    if (current[0]?.role === 'owner' && parsedRole.data !== 'owner') {
      const owners = await tx.query<{ n: number }>(
        "select count(*)::integer as n from memberships where group_id = $1 and role = 'owner'",
        [groupId],
      );
      if ((owners[0]?.n ?? 0) <= 1)
        throw new AdminError('the group would have no owner; make someone else owner first');
    }
    await tx.query('update memberships set role = $3 where group_id = $1 and user_id = $2', [
      groupId,
      user.id,
      parsedRole.data,
    ]);
    return { groupId, username: user.username, role: parsedRole.data };
  });
}

async function groupIdOf(db: Queryable, group: string): Promise<string> {
  const isId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(group);
  const rows = await db.query<{ id: string }>(
    isId ? 'select id from groups where id = $1::uuid' : 'select id from groups where name = $1',
    [group],
  );
  if (rows.length === 0) throw new AdminError(`there is no group "${group}"`);
  if (rows.length > 1)
    throw new AdminError(`several groups are named "${group}"; give its id (admin groups)`);
  return (rows[0] as { id: string }).id;
}

export interface EraseOutcome {
  id: string;
  username: string;
  /** Private annotations whose content was removed (tombstones only their author could read). */
  privateRemoved: number;
  /** Shared annotations (group, public) turned into tombstones in the change feed. */
  sharedDeleted: number;
  groupsLeft: number;
}

/**
 * Erases a person's data: each of their annotations, private or shared, becomes a tombstone without
 * content at a new feed position, which every reader's client receives from the change feed and its
 * event stream, and drops; they leave every group; their sign-ins, password and name go
 * (the account stays as a disabled `erased-…` row, because tombstones still name a creator). Refused
 * while they are the last owner of a group others are in: make someone else owner first.
 */
export async function eraseUser(db: SqlDatabase, username: string): Promise<EraseOutcome> {
  const user = await userByName(db, username);
  const unusable = await hashPassword(generatedPassword());
  return db.transaction(async (tx) => {
    const orphaned = await tx.query<{ name: string }>(
      `select g.name from memberships m join groups g on g.id = m.group_id
        where m.user_id = $1 and m.role = 'owner'
          and not exists (select 1 from memberships o where o.group_id = m.group_id and o.user_id <> $1 and o.role = 'owner')
          and exists (select 1 from memberships o where o.group_id = m.group_id and o.user_id <> $1)
        order by g.name`,
      [user.id],
    );
    if (orphaned.length > 0) {
      throw new AdminError(
        `"${user.username}" is the only owner of ${orphaned.map((g) => `"${g.name}"`).join(', ')}; ` +
          'make another member owner first (admin set-role)',
      );
    }
    // Every annotation of theirs becomes a tombstone, content gone, at a new feed position: readers'
    // clients drop shared ones, and a reader still owed an older 'lost' entry for one still finds its row.
    const written = await tx.query<{ id: string; visibility: string; group_id: string | null }>(
      `select id, visibility, group_id from annotations where creator = $1 and not deleted order by seq`,
      [user.id],
    );
    await lockAnnotations(
      tx,
      written.map((row) => row.id),
    );
    for (const row of written) {
      const seq = await nextSeq(tx, {
        creator: user.id,
        public: row.visibility === 'public',
        groups: row.group_id ? [row.group_id] : [],
      });
      await tx.query(
        'update annotations set record = null, deleted = true, hidden_reason = null, version = version + 1, seq = $2 where id = $1',
        [row.id, seq],
      );
    }
    // Their flags, and the flags on what they wrote, go with it: a reason is words of a person.
    await tx.query(
      'delete from annotation_flags where user_id = $1 or annotation_id in (select id from annotations where creator = $1)',
      [user.id],
    );
    const shared = written.filter((row) => row.visibility !== 'private');
    // Shared tombstones they had already made keep no content; nothing more to do for those.
    const groups = await tx.query<{ group_id: string }>(
      'select group_id from memberships where user_id = $1',
      [user.id],
    );
    for (const { group_id } of groups) {
      await tx.query('delete from memberships where group_id = $1 and user_id = $2', [group_id, user.id]);
      await recordMembershipChange(tx, 'left', user.id, group_id);
    }
    await tx.query('delete from tokens where user_id = $1', [user.id]);
    await tx.query('delete from login_failures where username = $1', [user.username]);
    await tx.query('update users set username = $2, password_hash = $3, disabled = true where id = $1', [
      user.id,
      `erased-${user.id.replaceAll('-', '').slice(0, 16)}`,
      unusable,
    ]);
    return {
      id: user.id,
      username: user.username,
      privateRemoved: written.length - shared.length,
      sharedDeleted: shared.length,
      groupsLeft: groups.length,
    };
  });
}
