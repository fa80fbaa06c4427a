import type { Annotation } from '../../src/core/model/annotation.ts';
import { SORT_LAST, WHOLE_DOCUMENT_SECTION } from '../../src/core/export/markdown-report.ts';
import type { Queryable } from '../db/sql-database.ts';

/**
 * A group's annotations for its export, read a page at a time with a keyset cursor, so the server holds
 * one page whatever the group's size. What a member may read of the group: its `group` and `public`
 * annotations, not deleted, and hidden ones only for their creator and the group's moderators and owners.
 */
export interface ExportRow {
  id: string;
  creator: string;
  creator_name: string;
  record: Annotation;
  [column: string]: unknown;
}

export type ExportOrder = 'id' | 'report';

export const EXPORT_PAGE = 500;

/** `$1` reader, `$2` group, `$3` whether the reader moderates the group. */
const EXPORTED = `from annotations a join users u on u.id = a.creator
  where a.group_id = $2::uuid and a.visibility in ('group', 'public') and not a.deleted
    and a.record is not null and (not a.hidden or a.creator = $1::uuid or $3::boolean)`;

/**
 * The Markdown report's order (`reportSortKey` in src/core/export/markdown-report.ts, its section as
 * `reportSection` says) as SQL, texts compared by code point (`collate "C"`), so that the report needs no
 * sorting in memory.
 */
const REPORT_KEYS = `(a.record->'target'->>'source') collate "C" as k_source,
    coalesce((a.record->'body'->'commitment'->>'ordinal')::bigint,
      case when jsonb_array_length(a.record->'target'->'selector') = 0 then ${WHOLE_DOCUMENT_SECTION}
      else ${SORT_LAST} end) as k_ordinal,
    case when a.record->'body'->'assessment' is null then 1 else 0 end as k_kind,
    least(coalesce((select (s->>'start')::bigint from jsonb_array_elements(a.record->'target'->'selector') s
      where s->>'type' = 'TextPositionSelector' limit 1), ${SORT_LAST}), ${SORT_LAST}) as k_position,
    (a.record->>'created') collate "C" as k_created,
    (a.record->>'id') collate "C" as k_id`;

const KEY_COLUMNS = 'k_source, k_ordinal, k_kind, k_position, k_created, k_id';

type ReportKey = [string, string, number, string, string, string];

interface KeyedRow extends ExportRow {
  k_source: string;
  k_ordinal: string | number;
  k_kind: number;
  k_position: string | number;
  k_created: string;
  k_id: string;
}

export async function countExported(db: Queryable, reader: string, group: string, moderates: boolean) {
  const rows = await db.query<{ total: number }>(`select count(*)::integer as total ${EXPORTED}`, [
    reader,
    group,
    moderates,
  ]);
  return rows[0]?.total ?? 0;
}

/** The group's exported records in `order`, one page per query, each page starting after the last. */
export async function* exportedRows(
  db: Queryable,
  reader: string,
  group: string,
  moderates: boolean,
  order: ExportOrder,
  pageSize = EXPORT_PAGE,
): AsyncGenerator<ExportRow> {
  const columns = 'a.id, a.creator, u.username as creator_name, a.record';
  if (order === 'id') {
    let after: string | null = null;
    for (;;) {
      const rows: ExportRow[] = await db.query<ExportRow>(
        `select ${columns} ${EXPORTED} and ($4::uuid is null or a.id > $4::uuid) order by a.id limit $5`,
        [reader, group, moderates, after, pageSize],
      );
      yield* rows;
      if (rows.length < pageSize) return;
      after = rows.at(-1)?.id ?? null;
    }
  }
  let after: ReportKey | null = null;
  for (;;) {
    const rows: KeyedRow[] = await db.query<KeyedRow>(
      `select * from (select ${columns}, ${REPORT_KEYS} ${EXPORTED}) k
        where $4::boolean or (${KEY_COLUMNS}) > ($5::text, $6::bigint, $7::integer, $8::bigint, $9::text, $10::text)
        order by ${KEY_COLUMNS} limit $11`,
      [reader, group, moderates, after === null, ...(after ?? ['', '0', 0, '0', '', '']), pageSize],
    );
    yield* rows;
    if (rows.length < pageSize) return;
    const last = rows.at(-1) as KeyedRow;
    after = [
      last.k_source,
      String(last.k_ordinal),
      Number(last.k_kind),
      String(last.k_position),
      last.k_created,
      last.k_id,
    ];
  }
}
