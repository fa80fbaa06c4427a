import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from './support/app.ts';
import type { Annotation, Visibility } from '../../src/core/model/annotation.ts';
import type { SyncRecord } from '../../src/core/sync/protocol.ts';
import { annotation, call, signUp, type Account, MANY_SIGNUPS } from './support/api-client.ts';
import { forEachStore, type OpenStore } from './support/stores.ts';

type Results = { results: SyncRecord[] };

forEachStore('group search', (kind) => {
  let store: OpenStore;
  let app: FastifyInstance;
  let owner: Account;
  let member: Account;
  let outsider: Account;
  let groupId = '';
  const ids: Record<string, string> = {};

  async function put(
    account: Account,
    name: string,
    visibility: Visibility,
    body: Annotation['body'],
    title?: string,
  ) {
    const record = annotation({
      visibility,
      body,
      modified: `2026-02-0${Object.keys(ids).length + 1}T10:00:00.000Z`,
      ...(title ? { document: { title } } : {}),
    });
    const answer = await call(app, 'PUT', `/api/annotations/${record.id}`, {
      token: account.token,
      headers: { 'if-none-match': '*' },
      body: visibility === 'private' ? { annotation: record } : { annotation: record, group: groupId },
    });
    if (answer.status !== 201)
      throw new Error(`create failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    ids[name] = record.id;
  }

  const search = (q: string, account: Account | null = member, group = groupId) =>
    call<Results>(app, 'GET', `/api/groups/${group}/search?q=${encodeURIComponent(q)}`, {
      token: account?.token,
    });
  const found = async (q: string, account: Account | null = member) => {
    const answer = await search(q, account);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body.results.map((r) => Object.entries(ids).find(([, id]) => id === r.id)?.[0]).sort();
  };

  beforeAll(async () => {
    store = await kind.open();
    app = await buildApp(store.db, MANY_SIGNUPS);
    owner = await signUp(app, 'owner');
    member = await signUp(app, 'member');
    outsider = await signUp(app, 'outsider');
    const group = await call<{ id: string; inviteCode: string }>(app, 'POST', '/api/groups', {
      token: owner.token,
      body: { name: 'Search' },
    });
    groupId = group.body.id;
    await call(app, 'POST', `/api/groups/${groupId}/members`, {
      token: member.token,
      body: { inviteCode: group.body.inviteCode },
    });
    await put(owner, 'budget', 'group', {
      comment: 'O Orçamento participativo é PÚBLICO.',
      tags: ['fiscal'],
    });
    await put(owner, 'tagged', 'public', { comment: 'Nothing to say', tags: ['Participação'] });
    await put(owner, 'evidence', 'group', {
      comment: 'See the source',
      tags: [],
      evidence: [
        {
          url: 'https://example.org/law',
          title: 'Loi de finances rectificative',
          kind: 'law-or-decree',
          published: null,
          accessed: '2026-02-01',
          excerpt: '',
        },
      ],
    });
    await put(owner, 'ownersPrivate', 'private', { comment: 'orçamento secreto', tags: [] });
    await put(member, 'membersPrivate', 'private', { comment: 'mon orçamento privé', tags: [] });
    await put(owner, 'titled', 'group', { comment: '', tags: [] }, 'Plan d’action national ÉCOLE');
  });
  afterAll(async () => {
    await app?.close();
    await store?.dispose();
  });

  it('finds a word in any case and without its accents, as a word or the start of one', async () => {
    expect(await found('orcamento')).toEqual(['budget']);
    expect(await found('ORÇAMENTO')).toEqual(['budget']);
    expect(await found('orçam')).toEqual(['budget']);
    expect(await found('publico')).toEqual(['budget']);
  });

  it('needs every word', async () => {
    expect(await found('orcamento participativo')).toEqual(['budget']);
    expect(await found('orcamento nowhere')).toEqual([]);
  });

  it('looks in tags, evidence titles and the document title', async () => {
    expect(await found('participacao')).toEqual(['tagged']);
    expect(await found('fiscal')).toEqual(['budget']);
    expect(await found('finances rectificative')).toEqual(['evidence']);
    expect(await found('ecole')).toEqual(['titled']);
  });

  it('never finds a private annotation: it belongs to no group', async () => {
    expect(await found('secreto', owner)).toEqual([]);
    expect(await found('secreto', member)).toEqual([]);
    expect(await found('prive', member)).toEqual([]);
  });

  it('answers records as the change feed does, with their author', async () => {
    const answer = await search('participativo');
    expect(answer.body.results[0]).toMatchObject({
      id: ids.budget,
      group: groupId,
      creatorName: owner.username,
      annotation: { body: { tags: ['fiscal'] } },
    });
  });

  it('takes text that is tsquery syntax as words', async () => {
    expect(await found("orcamento' | !fiscal & (x:*")).toEqual([]);
    expect(await found('orcamento & fiscal')).toEqual(['budget']);
    expect(await found("'; drop table annotations; --")).toEqual([]);
  });

  it('refuses a bad query with 400 and says why', async () => {
    for (const q of ['', '   ', '!!! ...', 'x'.repeat(201)]) {
      const answer = await search(q);
      expect(answer.status, q).toBe(400);
      expect((answer.body as unknown as { error: string }).error).toMatch(/^query\.q: /);
    }
    const noQ = await call(app, 'GET', `/api/groups/${groupId}/search`, { token: member.token });
    expect(noQ.status).toBe(400);
    const badLimit = await call(app, 'GET', `/api/groups/${groupId}/search?q=x&limit=0`, {
      token: member.token,
    });
    expect(badLimit.status).toBe(400);
    const badGroup = await call(app, 'GET', `/api/groups/not-a-group/search?q=x`, { token: member.token });
    expect(badGroup.status).toBe(400);
  });

  it('answers 401 without a token and 404 to someone outside the group', async () => {
    expect((await search('orcamento', null)).status).toBe(401);
    expect((await search('orcamento', outsider)).status).toBe(404);
  });

  it('keeps to the limit, newest change first', async () => {
    const answer = await call<Results>(app, 'GET', `/api/groups/${groupId}/search?q=o&limit=2`, {
      token: owner.token,
    });
    expect(answer.status).toBe(200);
    const modified = answer.body.results.map((r) => r.annotation?.modified ?? '');
    expect(modified).toHaveLength(2);
    expect([...modified].sort().reverse()).toEqual(modified);
  });
});
