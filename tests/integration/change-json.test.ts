import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  CHANGE_JSON,
  changeJson,
  READABLE_WHERE,
  recordFor,
  ROW_SELECT,
  type AnnotationRow,
} from '../../server/store/annotation-rows.ts';
import { forEachStore, type OpenStore } from './support/stores.ts';

/**
 * The change feed writes each change in SQL (CHANGE_JSON) while every other read builds it with
 * recordFor: the two must agree, field for field, for every reader and every kind of annotation
 * (visibility, hidden, deleted, with or without a group), or a feed could show content that a GET hides.
 */
forEachStore('the change feed writes changes as recordFor does', (kind) => {
  let store: OpenStore;
  const users: Record<string, string> = {};

  beforeAll(async () => {
    store = await kind.open();
    const { db } = store;
    // Usernames the API would refuse, to check the escaping too.
    for (const name of ['owner', 'moderator', 'member', 'outsider', 'quote"back\\slash']) {
      users[name] = randomUUID();
      await db.query(`insert into users (id, username, password_hash) values ($1, $2, 'x')`, [
        users[name],
        name,
      ]);
    }
    const group = randomUUID();
    await db.query(`insert into groups (id, name, invite_code) values ($1, 'G', $2)`, [group, randomUUID()]);
    for (const [name, role] of [
      ['owner', 'owner'],
      ['moderator', 'moderator'],
      ['member', 'member'],
    ]) {
      await db.query('insert into memberships (group_id, user_id, role) values ($1, $2, $3)', [
        group,
        users[name as string],
        role,
      ]);
    }
    for (const visibility of ['private', 'group', 'public']) {
      for (const hidden of [false, true]) {
        for (const deleted of [false, true]) {
          for (const creator of ['member', 'quote"back\\slash']) {
            for (const inGroup of [false, true]) {
              const id = randomUUID();
              const record = deleted ? null : { id, body: { comment: 'ação “quoted” \\ \n line' } };
              await db.query(
                `insert into annotations (id, creator, group_id, visibility, record, version, seq, deleted, hidden,
                    hidden_reason)
                  values ($1, $2, $3, $4, $5, 3, nextval('change_seq'), $6, $7, $8)`,
                [
                  id,
                  users[creator],
                  inGroup ? group : null,
                  visibility,
                  record === null ? null : JSON.stringify(record),
                  deleted,
                  hidden,
                  // A moderator's reason, with what JSON must escape; one hidden without a reason too.
                  hidden && inGroup ? 'off "topic" \\ <b>\n' : null,
                ],
              );
            }
          }
        }
      }
    }
  });
  afterAll(async () => {
    await store?.dispose();
  });

  it.each(['anonymous', 'owner', 'moderator', 'member', 'outsider', 'quote"back\\slash'])(
    'as %s',
    async (who) => {
      const reader = who === 'anonymous' ? null : (users[who] ?? null);
      const written = await store.db.query<{ change: string }>(
        `select ${CHANGE_JSON} as change
           from annotations a left join users u on u.id = a.creator
             left join memberships m on m.group_id = a.group_id and m.user_id = $1::uuid
          where ${READABLE_WHERE} order by a.seq`,
        [reader],
      );
      const built = await store.db.query<AnnotationRow>(
        `${ROW_SELECT} where ${READABLE_WHERE} order by a.seq`,
        [reader],
      );
      expect(written.length).toBe(built.length);
      expect(written.length).toBeGreaterThan(0);
      expect(written.map((row) => JSON.parse(row.change) as unknown)).toEqual(
        built.map((row) => recordFor(row, reader)),
      );
    },
  );

  it.each(['anonymous', 'member', 'outsider'])('tombstones as %s', async (who) => {
    // The feed's "gone for you": the record without content and marked deleted, for any row.
    const reader = who === 'anonymous' ? null : (users[who] ?? null);
    const written = await store.db.query<{ change: string }>(
      `select ${changeJson('tombstone')} as change
         from annotations a left join users u on u.id = a.creator
           left join memberships m on m.group_id = a.group_id and m.user_id = $1::uuid
        order by a.seq`,
      [reader],
    );
    const built = await store.db.query<AnnotationRow>(`${ROW_SELECT} order by a.seq`, [reader]);
    expect(written.length).toBe(built.length);
    expect(written.map((row) => JSON.parse(row.change) as unknown)).toEqual(
      built.map((row) => {
        // A tombstone says nothing of why it was hidden either.
        const { hiddenReason: _gone, ...rest } = recordFor(row, reader);
        return { ...rest, annotation: null, deleted: true };
      }),
    );
  });
});
