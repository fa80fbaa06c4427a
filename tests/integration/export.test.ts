import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './support/app.ts';
import type { Queryable, Row } from '../../server/db/sql-database.ts';
import { putAnnotation, setHidden, deleteAnnotation } from '../../server/store/annotation-writes.ts';
import { exportedRows } from '../../server/store/group-export.ts';
import type { MetaOf } from '../../src/core/export/export-meta.ts';
import { fromW3C } from '../../src/core/export/from-w3c.ts';
import { toMarkdownReport } from '../../src/core/export/markdown-report.ts';
import { toW3CAnnotation } from '../../src/core/export/to-w3c.ts';
import type { Annotation } from '../../src/core/model/annotation.ts';
import {
  ASSESSED,
  COMMITMENT_COMMENT,
  manyRecord,
  REPLY,
  UNSUPPORTED,
} from '../unit/export/sample-records.ts';
import { call, signUp, type Account, MANY_SIGNUPS } from './support/api-client.ts';
import { conformanceDir, describeIfAvailable } from '../support/require-env.ts';
import { forEachStore, type OpenStore } from './support/stores.ts';

const run = promisify(execFile);
const REPO = resolve(import.meta.dirname, '../..');

/** More than two pages of the export's cursor (500), so that every page boundary is crossed. */
const MANY = 1_100;

function byId(a: Annotation, b: Annotation): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The i-th group record: varied shapes, some on the same commitment and passage, to test the order. */
function groupRecord(n: number): Annotation {
  const base = manyRecord(n);
  const ordinal = base.body.commitment ? 1 + (n % 3) : undefined;
  return {
    ...base,
    id: randomUUID(),
    visibility: n % 10 === 0 ? 'public' : 'group',
    target: { ...base.target, source: `https://open.gov.example/plan/${n % 2}` },
    body: {
      ...base.body,
      ...(ordinal
        ? { commitment: { ordinal, label: String(ordinal), title: `C ${ordinal}`, linkedBy: 'auto' } }
        : {}),
    },
    // Ties on position and date, so the id decides between them, in SQL as in the report.
    created: `2026-11-0${1 + (n % 3)}T00:00:00.000Z`,
    modified: `2026-11-0${1 + (n % 3)}T00:00:00.000Z`,
  };
}

forEachStore('group export', (kind) => {
  let store: OpenStore;
  let app: FastifyInstance;
  let owner: Account;
  let member: Account;
  let other: Account;
  let groupId = '';
  let otherGroup = '';
  /** What a plain member sees in the export; the owner also sees `hiddenRecord`. */
  const expected: Annotation[] = [];
  let hiddenRecord: Annotation;
  const authors = new Map<string, string>();

  /** `null` for an anonymous caller. */
  const exportOf = (format: string, token: string | null = member.token, group = groupId) =>
    call<unknown>(app, 'GET', `/api/groups/${group}/export?format=${format}`, { token: token ?? undefined });

  beforeAll(async () => {
    store = await kind.open();
    app = await buildApp(store.db, MANY_SIGNUPS);
    owner = await signUp(app, 'exp-owner');
    member = await signUp(app, 'exp-member');
    other = await signUp(app, 'exp-other');
    const group = await call<{ id: string; inviteCode: string }>(app, 'POST', '/api/groups', {
      token: owner.token,
      body: { name: 'Revisores "Budget" / 2026' },
    });
    groupId = group.body.id;
    await call(app, 'POST', `/api/groups/${groupId}/members`, {
      token: member.token,
      body: { inviteCode: group.body.inviteCode },
    });
    const second = await call<{ id: string }>(app, 'POST', '/api/groups', {
      token: other.token,
      body: { name: 'Elsewhere' },
    });
    otherGroup = second.body.id;

    const put = (account: Account, record: Annotation, group: string | null) =>
      putAnnotation(store.db, account.id, { kind: 'create' }, record, group);
    const samples = [ASSESSED, UNSUPPORTED, REPLY, COMMITMENT_COMMENT].map((r) => ({
      ...r,
      visibility: 'group' as const,
    }));
    for (const [i, record] of samples.entries()) {
      const author = i % 2 === 0 ? owner : member;
      await put(author, record, groupId);
      authors.set(record.id, author.username);
      expected.push(record);
    }
    for (let n = 0; n < MANY; n++) {
      const record = groupRecord(n);
      const author = n % 2 === 0 ? owner : member;
      await put(author, record, groupId);
      authors.set(record.id, author.username);
      expected.push(record);
    }
    // Never in the export: a private note, another group's, a deleted one; a hidden one only for moderators.
    await put(member, { ...groupRecord(1), id: randomUUID(), visibility: 'private' }, null);
    await put(other, { ...groupRecord(2), id: randomUUID() }, otherGroup);
    const deleted = { ...groupRecord(3), id: randomUUID() };
    await put(member, deleted, groupId);
    await deleteAnnotation(store.db, member.id, deleted.id, { kind: 'update', version: 1 });
    hiddenRecord = { ...groupRecord(4), id: randomUUID() };
    await put(owner, hiddenRecord, groupId);
    authors.set(hiddenRecord.id, owner.username);
    await setHidden(store.db, owner.id, hiddenRecord.id, true);
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await store?.dispose();
  });

  it('JSON-LD: the whole group as a W3C collection that imports back to the same records', async () => {
    const answer = await exportOf('jsonld');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe(
      'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    );
    expect(answer.headers['content-disposition']).toBe(
      `attachment; filename="Revisores-Budget-2026-annotations.jsonld"; ` +
        `filename*=UTF-8''Revisores%20%22Budget%22%20%2F%202026-annotations.jsonld`,
    );
    // The collection itself, not an array around it.
    const document = answer.body as { total: number; type: string };
    expect(Array.isArray(document)).toBe(false);
    expect(document).toMatchObject({ type: 'AnnotationCollection', total: expected.length });
    const { records, problems } = fromW3C(document);
    expect(problems).toEqual([]);
    // Records come back as they were written: private ones of the export say `group`, as written.
    expect([...records].sort(byId)).toEqual([...expected].sort(byId));
  });

  it('JSON-LD names each creator and the group, with annotation IRIs on the container', async () => {
    const answer = await exportOf('jsonld');
    const first = (answer.body as { first: { items: Record<string, unknown>[] } }).first.items[0];
    expect(first?.id).toMatch(/^http:\/\/localhost(:\d+)?\/annotations\/[0-9a-f-]{36}$/);
    expect(first?.group).toBe(`urn:uuid:${groupId}`);
    expect(first?.creator).toMatchObject({ type: 'Person', name: expect.stringMatching(/^exp-/) });
  });

  it('CSV: one row per record, parsed back with csv-parse, authors and group named', async () => {
    const answer = await exportOf('csv');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    const rows = parse(answer.body as string, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
    for (const row of rows) {
      expect(row.author).toBe(authors.get(row.id ?? ''));
      expect(row.group).toBe('Revisores "Budget" / 2026');
    }
    const assessed = rows.find((r) => r.id === ASSESSED.id);
    expect(assessed).toMatchObject({ completion: 'substantial', supported: 'yes', 'commitment label': '3' });
    expect(rows.find((r) => r.id === UNSUPPORTED.id)?.supported).toBe('no');
  });

  it('Markdown: the same report as core makes of the records, in the order SQL gave them', async () => {
    const answer = await exportOf('md');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/markdown; charset=utf-8');
    const metaOf: MetaOf = (r) => ({
      creator: { id: authors.get(r.id) ?? '', name: authors.get(r.id) ?? '' },
      group: { id: groupId, name: 'Revisores "Budget" / 2026' },
    });
    // Reviewers told apart by name here: the report prints names, never ids.
    expect(answer.body).toBe(
      toMarkdownReport(expected, { title: 'Revisores "Budget" / 2026: annotations', metaOf }),
    );
    expect(answer.body as string).toContain('**Disagreement:**');
  });

  it("shows a hidden annotation to the group's owner only", async () => {
    const forOwner = fromW3C((await exportOf('jsonld', owner.token)).body).records;
    expect(forOwner.map((r) => r.id)).toContain(hiddenRecord.id);
    expect(forOwner).toHaveLength(expected.length + 1);
    const csv = (await exportOf('csv', owner.token)).body as string;
    expect(csv).toContain(hiddenRecord.id);
    expect((await exportOf('csv')).body as string).not.toContain(hiddenRecord.id);
  });

  it('reads the group a page at a time: one query per page, lazily', async () => {
    for (const order of ['id', 'report'] as const) {
      const queries: string[] = [];
      const counting: Queryable = {
        query: <T extends Row>(sql: string, params?: readonly unknown[]) => {
          queries.push(sql);
          return store.db.query<T>(sql, params);
        },
        notifyOnCommit: (channel, payload) => store.db.notifyOnCommit(channel, payload),
      };
      const rows = exportedRows(counting, member.id, groupId, false, order, 200);
      await rows.next();
      expect(queries).toHaveLength(1);
      let count = 1;
      for await (const _row of rows) count += 1;
      expect(count).toBe(expected.length);
      expect(queries).toHaveLength(Math.ceil((expected.length + 1) / 200));
    }
  });

  describeIfAvailable('W3C MUST assertions on the served export', conformanceDir(), (dir) => {
    it(
      'passes for the whole group export: collection, pages and every annotation',
      { timeout: 180_000 },
      async () => {
        // validate.mjs imports ajv from an ancestor node_modules, so its copy must live inside the repository.
        mkdirSync(join(REPO, 'test-results'), { recursive: true });
        const work = mkdtempSync(join(REPO, 'test-results', 'w3c-export-'));
        try {
          cpSync(join(dir, 'w3c-annotation'), work, { recursive: true });
          writeFileSync(join(work, 'export.json'), JSON.stringify((await exportOf('jsonld')).body));
          const outcome = await run(
            process.execPath,
            ['validate.mjs', '--quiet', '--strict', '--items', 'export.json'],
            {
              cwd: work,
              maxBuffer: 64 * 1024 * 1024,
            },
          ).then(
            () => 'every MUST passed',
            (error: { stdout?: string }) => (error.stdout ?? '').slice(0, 4000),
          );
          expect(outcome).toBe('every MUST passed');
        } finally {
          rmSync(work, { recursive: true, force: true });
        }
      },
    );
  });

  describe('the W3C container speaks the same JSON-LD', () => {
    it('shows commitment, assessment, evidence and the reply target of records written through the sync API', async () => {
      const read = await call<Record<string, unknown>>(app, 'GET', `/annotations/${ASSESSED.id}`, {
        token: member.token,
      });
      expect(read.status).toBe(200);
      const origin = String(read.body.id).replace(/\/annotations\/.*$/, '');
      expect(read.body).toEqual(
        toW3CAnnotation(
          { ...ASSESSED, visibility: 'group' },
          {
            baseUrl: `${origin}/annotations/`,
            metaOf: () => ({ creator: { id: `urn:uuid:${owner.id}` }, group: { id: `urn:uuid:${groupId}` } }),
          },
        ),
      );
      const reply = await call<{ target: unknown[] }>(app, 'GET', `/annotations/${REPLY.id}`, {
        token: member.token,
      });
      expect(reply.body.target[1]).toBe(`${origin}/annotations/${REPLY.replyTo}`);
    });

    it('creates an assessment with evidence POSTed by a W3C client, private, and gives it back', async () => {
      const sent = toW3CAnnotation({ ...COMMITMENT_COMMENT, visibility: 'public' });
      const created = await app.inject({
        method: 'POST',
        url: '/annotations/',
        headers: {
          authorization: `Bearer ${member.token}`,
          'content-type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
        },
        payload: JSON.stringify(sent),
      });
      expect(created.statusCode).toBe(201);
      const [record] = fromW3C(created.json()).records;
      expect(record).toMatchObject({
        body: COMMITMENT_COMMENT.body,
        target: COMMITMENT_COMMENT.target,
        motivation: 'commenting',
        visibility: 'private',
      });
      const stored = await call<{ annotation: Annotation }>(app, 'GET', `/api/annotations/${record?.id}`, {
        token: member.token,
      });
      expect(stored.body.annotation.body).toEqual(COMMITMENT_COMMENT.body);
    });
  });

  describe('refusals', () => {
    it('a format other than jsonld, csv or md is a 400 naming it', async () => {
      for (const query of ['format=xml', '', 'format=csv&x=1', 'format=']) {
        const answer = await call<{ error: string }>(app, 'GET', `/api/groups/${groupId}/export?${query}`, {
          token: member.token,
        });
        expect(answer.status).toBe(400);
        expect(answer.body.error).toMatch(/^query\./);
      }
      const answer = await call<{ error: string }>(app, 'GET', `/api/groups/${groupId}/export?format=xml`, {
        token: member.token,
      });
      expect(answer.body.error).toBe('query.format: must be jsonld, csv or md');
    });

    it('an unknown group or a non-member is a 404, anonymous a 401, a bad id a 400', async () => {
      const unknown = await exportOf('csv', member.token, randomUUID());
      expect(unknown.status).toBe(404);
      expect(unknown.body).toEqual({ error: 'the group was not found, or you are not one of its members' });
      expect((await exportOf('csv', other.token)).status).toBe(404);
      expect(JSON.stringify((await exportOf('jsonld', other.token)).body)).not.toContain('Budget');
      expect((await exportOf('csv', null)).status).toBe(401);
      expect((await exportOf('md', member.token, 'not-a-group')).status).toBe(400);
    });
  });
});
