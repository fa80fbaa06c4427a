import type { Annotation } from '../../src/core/model/annotation.ts';
import type { SyncRecord } from '../../src/core/sync/protocol.ts';

/** An annotation row joined with the reader's role in its group (`''` when none). */
export interface AnnotationRow {
  id: string;
  creator: string;
  group_id: string | null;
  visibility: 'private' | 'group' | 'public';
  record: Annotation | null;
  version: number;
  seq: string;
  deleted: boolean;
  hidden: boolean;
  /** Why a moderator hid it (null when hidden without a reason, or not hidden). */
  hidden_reason: string | null;
  reader_role: string;
  /** Present when the query selected `CREATOR_NAME`. */
  creator_name?: string | null;
  [column: string]: unknown;
}

/** The creator's username, so that readers can say who wrote what. */
export const CREATOR_NAME = '(select u.username from users u where u.id = a.creator) as creator_name';

/** The columns and join every read uses; `$1` is the reader's id or null. */
export const ROW_SELECT = `select a.id, a.creator, a.group_id, a.visibility, a.record, a.version, a.seq::text as seq,
    a.deleted, a.hidden, a.hidden_reason, coalesce(m.role, '') as reader_role, ${CREATOR_NAME}
  from annotations a left join memberships m on m.group_id = a.group_id and m.user_id = $1::uuid`;

/** The same rule as `mayRead`, in SQL, for the change feed. */
export const READABLE_WHERE = `(a.visibility = 'public' or a.creator = $1::uuid
  or (a.visibility = 'group' and m.user_id is not null))`;

/**
 * `recordFor` in SQL, for the change feed: one change as JSON text with the same fields and the same rule
 * for who sees the content (`seesContent`), its annotation the stored `jsonb` printed as it is. Written
 * by concatenation: the ids are UUIDs and the flags booleans, which need no escaping, and the username
 * goes through `to_json`. Needs `a` (annotations), `u` (its creator, may be null) and `m` (the reader's
 * membership of its group) in scope, and the reader's id as `$1`. A `tombstone` is the record of one the
 * reader lost access to: no content and `deleted`, whatever the row says (see access-changes.ts).
 */
export function changeJson(kind: 'record' | 'tombstone' = 'record'): string {
  const deleted = kind === 'tombstone' ? `'true'` : 'a.deleted';
  // Why it was hidden: for those who see the content of a hidden one (`seesHiddenReason`), nobody else.
  const reason =
    kind === 'tombstone'
      ? `''`
      : `case when a.hidden and not a.deleted and a.hidden_reason is not null and (a.creator = $1::uuid
           or (a.visibility <> 'private' and m.role in ('moderator', 'owner')))
         then ',"hiddenReason":' || to_json(a.hidden_reason)::text else '' end`;
  const annotation =
    kind === 'tombstone'
      ? `'null'`
      : `case when not a.deleted and (not a.hidden or a.creator = $1::uuid
           or (a.visibility <> 'private' and m.role in ('moderator', 'owner'))) then a.record::text
         else 'null' end`;
  return `'{"id":"' || a.id || '","group":' || coalesce('"' || a.group_id || '"', 'null')
    || ',"creator":"' || a.creator || '"' || coalesce(',"creatorName":' || to_json(u.username)::text, '')
    || ',"version":' || a.version || ',"seq":"' || a.seq || '","deleted":' || ${deleted}
    || ',"hidden":' || a.hidden || ${reason} || ',"annotation":' || ${annotation} || '}'`;
}

export const CHANGE_JSON = changeJson();

export function mayRead(row: AnnotationRow, reader: string | null): boolean {
  return (
    row.visibility === 'public' ||
    row.creator === reader ||
    (row.visibility === 'group' && row.reader_role !== '')
  );
}

export function mayModerate(row: AnnotationRow): boolean {
  return row.visibility !== 'private' && (row.reader_role === 'moderator' || row.reader_role === 'owner');
}

/** Whether this reader sees the content: none in a tombstone, nor in a hidden one unless theirs to see. */
export function seesContent(row: AnnotationRow, reader: string | null): boolean {
  return !row.deleted && (!row.hidden || row.creator === reader || mayModerate(row));
}

/**
 * Whether this reader is told why a moderator hid it: its creator and the group's moderators, the same
 * readers who still see a hidden one's content; never other members.
 */
export function seesHiddenReason(row: AnnotationRow, reader: string | null): boolean {
  return row.hidden && typeof row.hidden_reason === 'string' && seesContent(row, reader);
}

/** The record as this reader may see it (see `seesContent`). */
export function recordFor(row: AnnotationRow, reader: string | null): SyncRecord {
  return {
    id: row.id,
    annotation: seesContent(row, reader) ? row.record : null,
    group: row.group_id,
    creator: row.creator,
    ...(typeof row.creator_name === 'string' ? { creatorName: row.creator_name } : {}),
    version: row.version,
    seq: row.seq,
    deleted: row.deleted,
    hidden: row.hidden,
    ...(seesHiddenReason(row, reader) && row.hidden_reason !== null
      ? { hiddenReason: row.hidden_reason }
      : {}),
  };
}
