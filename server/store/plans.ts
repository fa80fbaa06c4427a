import type { Plan, PlanRecord } from '../../src/core/model/plan-record.ts';
import type { Queryable, SqlDatabase } from '../db/sql-database.ts';
import { NotFoundError } from './domain-errors.ts';
import type { Precondition } from './annotation-writes.ts';

/*
 * Plans shared with a group (migration 6): one record per document and group, which any member may
 * read and share again (a plan's outline is the document's, not a member's opinion), and nobody else
 * may know of. Versioned like annotations: a write names the version it replaces, or creates.
 */

type PlanRow = {
  record: Plan;
  version: number;
  updated: string;
};

/** Not found for anyone who is not a member, as for the group itself: an outsider learns nothing. */
async function requireMember(db: Queryable, groupId: string, userId: string): Promise<void> {
  const rows = await db.query('select 1 from memberships where group_id = $1 and user_id = $2', [
    groupId,
    userId,
  ]);
  if (rows.length === 0) throw new NotFoundError('the group');
}

const SELECT = `select record, version,
  to_char(updated at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated from plans`;

function recordOf(groupId: string, row: PlanRow): PlanRecord {
  return { ...row.record, group: groupId, updated: row.updated, version: row.version };
}

/** A group's plans, most recently shared first. */
export async function listPlans(db: SqlDatabase, groupId: string, userId: string): Promise<PlanRecord[]> {
  await requireMember(db, groupId, userId);
  const rows = await db.query<PlanRow>(`${SELECT} where group_id = $1 order by updated desc, id`, [groupId]);
  return rows.map((row) => recordOf(groupId, row));
}

export async function readPlan(
  db: Queryable,
  groupId: string,
  userId: string,
  id: string,
): Promise<PlanRecord> {
  await requireMember(db, groupId, userId);
  const rows = await db.query<PlanRow>(`${SELECT} where group_id = $1 and id = $2`, [groupId, id]);
  const row = rows[0];
  if (!row) throw new NotFoundError('the plan');
  return recordOf(groupId, row);
}

/** The outcome of a share: written (and whether new), or stale with the record as it stands. */
export type PlanWrite =
  { written: true; created: boolean; record: PlanRecord } | { written: false; current: PlanRecord | null };

/** Creates or replaces a group's plan at the version named; a stale version writes nothing. */
export async function putPlan(
  db: SqlDatabase,
  groupId: string,
  userId: string,
  precondition: Precondition,
  plan: Plan,
): Promise<PlanWrite> {
  await requireMember(db, groupId, userId);
  return db.transaction(async (tx) => {
    const rows = await tx.query<PlanRow>(`${SELECT} where group_id = $1 and id = $2 for update`, [
      groupId,
      plan.id,
    ]);
    const current = rows[0] ? recordOf(groupId, rows[0]) : null;
    if (precondition.kind === 'create' ? current !== null : current?.version !== precondition.version) {
      return { written: false, current };
    }
    // Two creates of one plan at once: the second finds the first's row and is stale, not an error.
    const stored = await tx.query<PlanRow>(
      `insert into plans (group_id, id, record, version, updated, updated_by)
         values ($1, $2, $3::jsonb, 1, now(), $4)
         on conflict (group_id, id) do update set record = excluded.record, version = plans.version + 1,
           updated = excluded.updated, updated_by = excluded.updated_by
         where plans.version = $5
         returning record, version,
           to_char(updated at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated`,
      [groupId, plan.id, JSON.stringify(plan), userId, current?.version ?? 0],
    );
    const row = stored[0];
    if (!row) return { written: false, current: await readPlan(tx, groupId, userId, plan.id) };
    return { written: true, created: current === null, record: recordOf(groupId, row) };
  });
}
