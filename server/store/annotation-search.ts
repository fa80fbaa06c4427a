/**
 * A group's annotations that match a search, by PostgreSQL full text over `plan_search_text(record)`
 * (migration 7: comment, quote, tags, evidence titles, document title; folded like src/core/search),
 * with the 'simple' configuration so that no language's stemming decides. The same SQL runs on PGlite.
 */
import { MAX_SEARCH_TERMS } from '../../src/core/search/text-search.ts';
import type { SyncRecord } from '../../src/core/sync/protocol.ts';
import type { Queryable } from '../db/sql-database.ts';
import { recordFor, ROW_SELECT, type AnnotationRow } from './annotation-rows.ts';

const WORD_PART = /[^\p{L}\p{N}\p{M}._-]/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * The query as `to_tsquery` text: each word a quoted prefix (`'transpar':*`), all of them needed (`&`).
 * Only letters, digits, marks and `.`, `_`, `-` stay in a word, so nothing in it is tsquery syntax;
 * null when no word is left. The database folds it with the stored text's own function.
 */
export function tsqueryText(query: string): string | null {
  const words = [
    ...new Set(
      query
        .split(/\s+/u)
        .map((w) => w.replace(WORD_PART, ''))
        .filter((w) => HAS_WORD.test(w)),
    ),
  ].slice(0, MAX_SEARCH_TERMS);
  return words.length === 0 ? null : words.map((w) => `'${w}':*`).join(' & ');
}

/** `$1` reader, `$2` group, `$3` tsquery text, `$4` limit. Hidden ones only for their creator and moderators. */
const SEARCH = `${ROW_SELECT}
  where a.group_id = $2::uuid and not a.deleted and a.record is not null
    and a.visibility in ('group', 'public')
    and (not a.hidden or a.creator = $1::uuid or (a.visibility <> 'private' and m.role in ('moderator', 'owner')))
    and to_tsvector('simple'::regconfig, plan_search_text(a.record))
      @@ to_tsquery('simple'::regconfig, plan_search_fold($3::text))
  order by a.record->>'modified' desc, a.id
  limit $4`;

/**
 * The reader must be a member of the group (the route checks). A private annotation names no group, so
 * it is never here. Newest change first.
 */
export async function searchGroup(
  db: Queryable,
  reader: string,
  group: string,
  tsquery: string,
  limit: number,
): Promise<SyncRecord[]> {
  const rows = await db.query<AnnotationRow>(SEARCH, [reader, group, tsquery, limit]);
  return rows.map((row) => recordFor(row, reader));
}
