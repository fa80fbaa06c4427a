/**
 * One page of the change feed (`GET /api/changes`), read in a single SQL statement: the readable writes
 * after the cursor, the entries that changes of access make in the same range (access-changes.ts), and
 * the new cursor. One statement sees one snapshot, so no change committed meanwhile can fall between the
 * page and the cursor, without a transaction; and the page costs one round trip to the database, not six.
 */
import type { Queryable } from '../db/sql-database.ts';
import { changeJson, READABLE_WHERE } from './annotation-rows.ts';
import { HEAD, WATERMARK } from './feed-position.ts';

export interface ChangePage {
  /** Each change as JSON text (a `SyncRecord`), in feed order. */
  changes: string[];
  cursor: string;
  more: boolean;
}

/** The last feed position taken: an annotation write or a change of access. */
export const FEED_HEAD = `(select coalesce(max(seq), 0) from annotations),
  (select coalesce(max(seq), 0) from access_changes)`;

/** `$1` reader (null: anonymous), `$2` the cursor given, `$3` the page size. */
const READER_JOINS = `left join users u on u.id = a.creator
  left join memberships m on m.group_id = a.group_id and m.user_id = $1::uuid`;

/** READABLE_WHERE is null rather than false for an anonymous reader of a private row; `not` needs false. */
const READABLE = `coalesce(${READABLE_WHERE}, false)`;

/**
 * The entries access changes make: after a join, each of the group's annotations written before it that
 * the reader's cursor had passed (those after the cursor are in this same page, through the feed
 * itself); after a loss, a tombstone for each annotation the reader can no longer read. A tombstone here says "gone for you", not that it was deleted. Written once per way of
 * finding the annotations (by id, by group), so that each branch uses its index.
 */
function accessEntries(kinds: string, annotations: string): string {
  return `
  select ac.seq as position, a.seq as within,
         case when ac.kind = 'joined' then ${changeJson()} else ${changeJson('tombstone')} end as change
    from mine ac join annotations a on ${annotations} ${READER_JOINS}
   where ${kinds} and case when ac.kind = 'joined'
           then a.visibility = 'group' and not a.deleted and a.seq < ac.seq and a.seq <= $2::bigint
             and ${READABLE}
           else not ${READABLE} end`;
}

const PAGE_SQL = `
with settled as (
  -- Positions below the watermark belong to transactions that have ended (feed-position.ts).
  select ${WATERMARK} as below, ${HEAD} as head
),
page as (
  select a.seq, ${changeJson()} as change
    from annotations a ${READER_JOINS}
   where a.seq > $2::bigint and a.seq < (select below from settled) and ${READABLE_WHERE}
   order by a.seq limit $3::int + 1
),
bounds as (
  -- A full page ends at its last change; otherwise nothing further is readable below the watermark, so
  -- the cursor skips ahead over what others wrote, to just below it, and the next poll starts there.
  select more, case when more then (select seq from page order by seq offset $3::int - 1 limit 1)
      else greatest($2::bigint, (select below from settled) - 1) end as cursor,
    (select below < head from settled) as waiting
    from (select count(*) > $3::int as more from page) counted
),
mine as (
  -- Access gained or lost up to the same cursor, that concerns this reader.
  select * from access_changes ac
   where ac.seq > $2::bigint and ac.seq <= (select cursor from bounds)
     and (ac.user_id = $1::uuid or (ac.user_id is null and ac.kind = 'lost'))
),
access_entries as (${accessEntries("ac.kind = 'lost'", 'a.id = ac.annotation_id')}
  union all${accessEntries("ac.kind <> 'lost'", 'a.group_id = ac.group_id')}
)
select change, null::boolean as more, null::text as cursor, null::boolean as waiting, position, within from (
    (select seq as position, seq as within, change from page order by seq limit $3::int)
    union all
    select position, within, change from access_entries
  ) entries
union all
select null, more, cursor::text, waiting, null, null from bounds
order by position nulls last, within`;

interface PageRow {
  change: string | null;
  more: boolean | null;
  cursor: string | null;
  waiting: boolean | null;
  [column: string]: unknown;
}

/**
 * How long a reader who finds nothing new waits for writes still running in this database, which hold
 * the watermark back (usually for a few milliseconds), before answering with nothing: each pause in turn.
 * A reader who finds something gets it at once.
 */
const WAITS_MS = [2, 5, 10, 20, 40, 80];

/** The changes `reader` may read after `since`, at most `limit` writes plus the access entries among them. */
export async function readChangePage(
  db: Queryable,
  reader: string | null,
  since: string,
  limit: number,
): Promise<ChangePage> {
  for (let attempt = 0; ; attempt++) {
    const rows = await db.query<PageRow>(PAGE_SQL, [reader, since, limit]);
    const bounds = rows.at(-1);
    if (bounds?.cursor == null) throw new Error('the change feed query returned no cursor');
    const changes: string[] = [];
    for (let i = 0; i < rows.length - 1; i++) changes.push((rows[i] as PageRow).change as string);
    const wait = WAITS_MS[attempt];
    if (changes.length === 0 && bounds.waiting === true && wait !== undefined) {
      await new Promise((resolve) => setTimeout(resolve, wait));
      continue;
    }
    return { changes, cursor: bounds.cursor, more: bounds.more === true };
  }
}
