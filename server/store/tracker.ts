import type { Annotation } from '../../src/core/model/annotation.ts';
import type { Plan, PlanRecord } from '../../src/core/model/plan-record.ts';
import type { Queryable } from '../db/sql-database.ts';

/*
 * What the public tracker reads (server/routes/tracker.ts). A group's tracker shows the annotations made
 * in that group on the documents of its shared plans: to anyone, the public ones; to a member (a bearer
 * token), the group's too. Private annotations never, not even to their creator: the tracker is what the
 * group publishes. Deleted and hidden (moderated) ones never. A plan is shown to someone who is not a
 * member only when it has at least one annotation they may read: a plan nobody made public is the
 * group's business, and its page answers as an unknown one does.
 */

/** Who reads: nobody signed in (public only), or a member of the group (group and public). */
export interface TrackerReader {
  member: boolean;
}

export interface TrackerAnnotation {
  id: string;
  creator: string;
  creatorName: string;
  record: Annotation;
}

type PlanRow = { record: Plan; version: number; updated: string; group_name: string };

const VISIBLE = `a.group_id = $1::uuid and not a.deleted and not a.hidden and a.record is not null
  and (a.visibility = 'public' or ($2::boolean and a.visibility = 'group'))`;

const PLAN_SELECT = `select p.record, p.version, g.name as group_name,
  to_char(p.updated at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated
  from plans p join groups g on g.id = p.group_id`;

/** The plans this reader may see: all for a member, for anyone else those with a public annotation. */
const PLAN_SEEN = `($2::boolean or exists (select 1 from annotations a
  where ${VISIBLE} and a.record->'target'->>'source' = p.record->'document'->>'uri'))`;

function recordOf(groupId: string, row: PlanRow): PlanRecord {
  return { ...row.record, group: groupId, updated: row.updated, version: row.version };
}

/** Whether the user (or nobody) is a member of the group. */
export async function readerOf(
  db: Queryable,
  groupId: string,
  userId: string | null,
): Promise<TrackerReader> {
  if (userId === null) return { member: false };
  const rows = await db.query('select 1 from memberships where group_id = $1 and user_id = $2', [
    groupId,
    userId,
  ]);
  return { member: rows.length > 0 };
}

export interface TrackerGroup {
  id: string;
  name: string;
  plans: PlanRecord[];
}

/** The group's plans this reader may see, most recently shared first; null when there is none to show. */
export async function trackerGroup(
  db: Queryable,
  groupId: string,
  reader: TrackerReader,
): Promise<TrackerGroup | null> {
  const rows = await db.query<PlanRow>(
    `${PLAN_SELECT} where p.group_id = $1::uuid and ${PLAN_SEEN} order by p.updated desc, p.id`,
    [groupId, reader.member],
  );
  if (rows.length === 0) {
    if (!reader.member) return null;
    const groups = await db.query<{ name: string }>('select name from groups where id = $1', [groupId]);
    const name = groups[0]?.name;
    return name === undefined ? null : { id: groupId, name, plans: [] };
  }
  return { id: groupId, name: rows[0]?.group_name ?? '', plans: rows.map((row) => recordOf(groupId, row)) };
}

/** One plan this reader may see, or null. */
export async function trackerPlan(
  db: Queryable,
  groupId: string,
  planId: string,
  reader: TrackerReader,
): Promise<{ plan: PlanRecord; groupName: string } | null> {
  const rows = await db.query<PlanRow>(
    `${PLAN_SELECT} where p.group_id = $1::uuid and p.id = $3::uuid and ${PLAN_SEEN}`,
    [groupId, reader.member, planId],
  );
  const row = rows[0];
  return row ? { plan: recordOf(groupId, row), groupName: row.group_name } : null;
}

/** The annotations this reader may see on a plan's document, oldest first. */
export async function trackerAnnotations(
  db: Queryable,
  groupId: string,
  documentUri: string,
  reader: TrackerReader,
): Promise<TrackerAnnotation[]> {
  const rows = await db.query<{ id: string; creator: string; creator_name: string; record: Annotation }>(
    `select a.id, a.creator, u.username as creator_name, a.record
       from annotations a join users u on u.id = a.creator
       where ${VISIBLE} and a.record->'target'->>'source' = $3
       order by a.record->>'modified', a.id`,
    [groupId, reader.member, documentUri],
  );
  return rows.map((row) => ({
    id: row.id,
    creator: row.creator,
    creatorName: row.creator_name,
    record: row.record,
  }));
}
