import type { SqlDatabase } from './sql-database.ts';

export interface Migration {
  version: number;
  name: string;
  /** One statement each, no trailing semicolon: `migrate` sends a start's pending ones as one script. */
  statements: readonly string[];
}

/** Append only: a migration that has run anywhere is never edited, a new one is added after it. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'accounts, groups, annotations',
    statements: [
      `create table users (
        id uuid primary key,
        username text not null unique,
        password_hash text not null,
        created timestamptz not null default now()
      )`,
      `create table tokens (
        hash text primary key,
        user_id uuid not null references users (id) on delete cascade,
        created timestamptz not null default now()
      )`,
      `create index tokens_user on tokens (user_id)`,
      // Failed logins per username and address; kept in the database so every instance applies them.
      `create table login_failures (
        username text not null,
        ip text not null,
        failures integer not null,
        locked_until timestamptz not null,
        primary key (username, ip)
      )`,
      `create table groups (
        id uuid primary key,
        name text not null,
        invite_code text not null unique,
        created timestamptz not null default now()
      )`,
      `create table memberships (
        group_id uuid not null references groups (id) on delete cascade,
        user_id uuid not null references users (id) on delete cascade,
        role text not null check (role in ('member', 'moderator', 'owner')),
        primary key (group_id, user_id)
      )`,
      `create index memberships_user on memberships (user_id)`,
      `create sequence change_seq`,
      `create table annotations (
        id uuid primary key,
        creator uuid not null references users (id),
        group_id uuid references groups (id),
        visibility text not null check (visibility in ('private', 'group', 'public')),
        record jsonb,
        version integer not null,
        seq bigint not null unique,
        deleted boolean not null default false,
        hidden boolean not null default false
      )`,
      `create index annotations_group on annotations (group_id)`,
      `create index annotations_creator on annotations (creator)`,
    ],
  },
  {
    version: 2,
    name: 'access changes in the change feed',
    statements: [
      // Who lost or gained the right to read, at a change-feed position (see store/access-changes.ts).
      `create table access_changes (
        seq bigint not null,
        kind text not null check (kind in ('lost', 'joined', 'left')),
        user_id uuid,
        group_id uuid,
        annotation_id uuid
      )`,
      `create index access_changes_seq on access_changes (seq)`,
    ],
  },
  {
    version: 3,
    name: 'sign-up attempts per address',
    statements: [
      // Recent sign-ups by client address, so every instance applies one limit (see auth/signup-limit.ts).
      `create table signup_attempts (
        ip text not null,
        at timestamptz not null default now()
      )`,
      `create index signup_attempts_ip_at on signup_attempts (ip, at)`,
    ],
  },
  {
    version: 4,
    name: 'failed sign-ins per address',
    statements: [
      // Failed sign-ins from one address, whatever the username (see auth/login-throttle.ts).
      `create table login_failures_by_address (
        ip text primary key,
        failures integer not null,
        locked_until timestamptz not null,
        last_failure timestamptz not null
      )`,
    ],
  },
  {
    version: 5,
    name: 'accounts an operator disabled',
    statements: [
      // Set by `plan-annotator admin disable` (and an erase); such an account neither signs in nor uses a token.
      `alter table users add column disabled boolean not null default false`,
    ],
  },
  {
    version: 6,
    name: 'plans shared with a group',
    statements: [
      // One record per document and group (see store/plans.ts); gone with its group.
      `create table plans (
        group_id uuid not null references groups (id) on delete cascade,
        id uuid not null,
        record jsonb not null,
        version integer not null,
        updated timestamptz not null,
        updated_by uuid references users (id) on delete set null,
        primary key (group_id, id)
      )`,
    ],
  },
  {
    version: 7,
    name: 'full-text search of annotations',
    statements: [
      // Lower case, marks taken off (after NFD), and the letters that fold to two: the same folding on the
      // stored text and on the query, in SQL alone, so PGlite (no unaccent) and PostgreSQL agree.
      `create function plan_search_fold(t text) returns text language sql immutable parallel safe as $$
        select replace(replace(replace(replace(
          lower(regexp_replace(normalize(coalesce(t, ''), NFD), '[\u0300-\u036f]', '', 'g')),
          'œ', 'oe'), 'æ', 'ae'), 'ß', 'ss'), 'ø', 'o')
      $$`,
      // What a search reads of a record: comment, quote, tags, evidence titles and the document's title.
      // Its search path is fixed: PostgreSQL 17 (PGlite) builds an index with only pg_catalog on it.
      `create function plan_search_text(r jsonb) returns text language sql immutable parallel safe
        set search_path from current as $$
        select plan_search_fold(concat_ws(' ',
          r->'body'->>'comment',
          (select s->>'exact' from jsonb_array_elements(case jsonb_typeof(r->'target'->'selector')
              when 'array' then r->'target'->'selector' else '[]'::jsonb end) s
            where jsonb_typeof(s) = 'object' and s->>'type' = 'TextQuoteSelector' limit 1),
          (select string_agg(x, ' ') from jsonb_array_elements_text(case jsonb_typeof(r->'body'->'tags')
              when 'array' then r->'body'->'tags' else '[]'::jsonb end) x),
          (select string_agg(e->>'title', ' ') from jsonb_array_elements(case jsonb_typeof(r->'body'->'evidence')
              when 'array' then r->'body'->'evidence' else '[]'::jsonb end) e where jsonb_typeof(e) = 'object'),
          r->'document'->>'title'))
      $$`,
      // The 'simple' configuration: no stemming or stop words of one language, so every language works.
      `create index annotations_search on annotations
        using gin (to_tsvector('simple'::regconfig, plan_search_text(record)))`,
    ],
  },
  {
    version: 8,
    name: 'moderation: why an annotation was hidden, and flags',
    statements: [
      // Shown to the annotation's creator and the group's moderators only (see store/annotation-rows.ts).
      `alter table annotations add column hidden_reason text
        check (hidden_reason is null or char_length(hidden_reason) <= 500)`,
      // A member asking the group's moderators to look at an annotation; one flag per member and annotation.
      `create table annotation_flags (
        annotation_id uuid not null references annotations (id) on delete cascade,
        user_id uuid not null references users (id) on delete cascade,
        reason text check (reason is null or char_length(reason) <= 200),
        created_at timestamptz not null default now(),
        primary key (annotation_id, user_id)
      )`,
      `create index annotation_flags_user on annotation_flags (user_id)`,
    ],
  },
  {
    version: 9,
    name: 'change-feed positions in commit order without one write lock',
    statements: [
      // Positions are ordered by the writing transaction's id, then by a counter within it; the feed reads
      // only below the lowest transaction still running (store/feed-position.ts). The base puts every new
      // position above the ones already taken, and lets a restore onto another cluster do the same.
      `create table feed_base (
        only_row boolean primary key default true check (only_row),
        base bigint not null
      )`,
      `insert into feed_base (base)
        select greatest(0, greatest(
            (select coalesce(max(seq), 0) from annotations),
            (select coalesce(max(seq), 0) from access_changes),
            (select last_value from change_seq)) + 1
          - pg_current_xact_id()::text::bigint * 16777216)`,
      `create function next_feed_position() returns bigint language sql volatile as $$
        select (select base from feed_base) + pg_current_xact_id()::text::bigint * 16777216
          + nextval('change_seq') % 16777216
      $$`,
    ],
  },
];

/** Any constant works; it only has to be the same for every instance migrating the same database. */
const MIGRATION_LOCK = 7_270_001;

/**
 * Applies every migration not yet recorded in `schema_migrations`, all in one transaction under an
 * advisory lock, so that instances starting together over one PostgreSQL migrate once and in order.
 *
 * Every start calls this, and nearly always there is nothing to do: one read of the recorded versions
 * says so, without the transaction, the lock or the `create table if not exists`. Only a database that
 * lacks a migration (or the table) takes the locked path, which reads the versions again under the lock.
 */
export async function migrate(
  db: SqlDatabase,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  const recorded = await recordedVersions(db);
  if (recorded && migrations.every((m) => recorded.has(m.version))) return [];
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      applied timestamptz not null default now()
    )`);
    const rows = await tx.query<{ version: number }>('select version from schema_migrations');
    const done = new Set(rows.map((r) => r.version));
    const pending = [...migrations].sort((a, b) => a.version - b.version).filter((m) => !done.has(m.version));
    if (pending.length === 0) return [];
    // The statements of every pending migration, in order, as one script: one round to the database
    // rather than one per statement (a fresh database runs them all).
    await tx.script(pending.flatMap((m) => m.statements).join(';\n'));
    await tx.query(
      'insert into schema_migrations (version, name) select * from unnest($1::integer[], $2::text[])',
      [pending.map((m) => m.version), pending.map((m) => m.name)],
    );
    return pending.map((m) => m.version);
  });
}

/** The versions `schema_migrations` records, or null when the table is not there yet (a new database). */
async function recordedVersions(db: SqlDatabase): Promise<Set<number> | null> {
  try {
    const rows = await db.query<{ version: number }>('select version from schema_migrations');
    return new Set(rows.map((r) => r.version));
  } catch (error) {
    // 42P01: undefined_table. Anything else (the database is down, say) is the caller's to hear about.
    if ((error as { code?: unknown }).code === '42P01') return null;
    throw error;
  }
}
