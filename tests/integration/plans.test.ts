import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './support/app.ts';
import type { PlanRecord } from '../../src/core/model/plan-record.ts';
import { call, MANY_SIGNUPS, planShare, signUp, type Account } from './support/api-client.ts';
import { forEachStore, type OpenStore } from './support/stores.ts';

forEachStore('plans shared with a group', (kind) => {
  let store: OpenStore;
  let app: FastifyInstance;
  let owner: Account;
  let member: Account;
  let outsider: Account;
  let groupId = '';
  let otherGroup = '';

  beforeAll(async () => {
    store = await kind.open();
    app = await buildApp(store.db, MANY_SIGNUPS);
    owner = await signUp(app, 'plan-owner');
    member = await signUp(app, 'plan-member');
    outsider = await signUp(app, 'plan-outsider');
    const group = await call<{ id: string; inviteCode: string }>(app, 'POST', '/api/groups', {
      token: owner.token,
      body: { name: 'Reviewers' },
    });
    groupId = group.body.id;
    await call(app, 'POST', `/api/groups/${groupId}/members`, {
      token: member.token,
      body: { inviteCode: group.body.inviteCode },
    });
    const other = await call<{ id: string }>(app, 'POST', '/api/groups', {
      token: outsider.token,
      body: { name: 'Elsewhere' },
    });
    otherGroup = other.body.id;
  });
  afterAll(async () => {
    await app?.close();
    await store?.dispose();
  });

  const put = (account: Account, group: string, body: object, headers: Record<string, string>) =>
    call<PlanRecord & { error?: string; current?: PlanRecord | null }>(
      app,
      'PUT',
      `/api/groups/${group}/plans/${(body as { id: string }).id}`,
      { token: account.token, body, headers },
    );

  it('creates, reads, lists and replaces a plan at its version', async () => {
    const plan = planShare();
    const created = await put(owner, groupId, plan, { 'if-none-match': '*' });
    expect(created.status).toBe(201);
    expect(created.headers['etag']).toBe('"1"');
    expect(created.body).toMatchObject({ ...plan, group: groupId, version: 1 });
    expect(created.body.updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

    // The other member reads it, alone and in the list.
    const read = await call<PlanRecord>(app, 'GET', `/api/groups/${groupId}/plans/${plan.id}`, {
      token: member.token,
    });
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);
    const list = await call<{ plans: PlanRecord[] }>(app, 'GET', `/api/groups/${groupId}/plans`, {
      token: member.token,
    });
    expect(list.body.plans.map((p) => p.id)).toContain(plan.id);

    // A member shares it again with a status changed: version 2.
    const changed = { ...plan, commitments: [{ ...plan.commitments[0], reportedStatus: 'Complete' }] };
    const updated = await put(member, groupId, changed, { 'if-match': '"1"' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ version: 2, commitments: changed.commitments });

    // A stale version and a second create are refused with the record as it stands.
    const stale = await put(owner, groupId, plan, { 'if-match': '"1"' });
    expect(stale.status).toBe(412);
    expect(stale.body.current).toMatchObject({ version: 2 });
    const again = await put(owner, groupId, plan, { 'if-none-match': '*' });
    expect(again.status).toBe(412);
    expect(again.body.current).toMatchObject({ version: 2 });
  });

  it('keeps each group to itself: an outsider neither reads nor writes, and groups do not mix', async () => {
    const plan = planShare();
    expect((await put(owner, groupId, plan, { 'if-none-match': '*' })).status).toBe(201);
    for (const url of [`/api/groups/${groupId}/plans`, `/api/groups/${groupId}/plans/${plan.id}`]) {
      expect((await call(app, 'GET', url, { token: outsider.token })).status).toBe(404);
      expect((await call(app, 'GET', url)).status).toBe(401);
    }
    expect((await put(outsider, groupId, plan, { 'if-match': '"1"' })).status).toBe(404);
    // The same document in the outsider's own group is another record.
    const own = await put(outsider, otherGroup, plan, { 'if-none-match': '*' });
    expect(own.status).toBe(201);
    const list = await call<{ plans: PlanRecord[] }>(app, 'GET', `/api/groups/${otherGroup}/plans`, {
      token: outsider.token,
    });
    expect(list.body.plans).toHaveLength(1);
  });

  describe('refuses bad input with a 4xx that names the field', () => {
    const cases: [string, (plan: ReturnType<typeof planShare>) => object][] = [
      ['an id that is not the document’s', (p) => ({ ...p, id: planShare().id })],
      [
        'a javascript: alternate',
        (p) => ({ ...p, document: { ...p.document, alternates: ['javascript:x'] } }),
      ],
      ['an unknown kind', (p) => ({ ...p, kind: 'news' })],
      ['too many commitments', (p) => ({ ...p, commitments: Array(301).fill(p.commitments[0]) })],
      ['a commitment with no title', (p) => ({ ...p, commitments: [{ label: '1', title: '' }] })],
      ['an unknown field', (p) => ({ ...p, owner: 'me' })],
    ];
    for (const [what, broken] of cases) {
      it(what, async () => {
        const plan = planShare();
        const answer = await put(owner, groupId, broken(plan), { 'if-none-match': '*' });
        expect(answer.status).toBe(400);
        expect(typeof answer.body.error).toBe('string');
      });
    }

    it('an address id that differs from the body, and no precondition', async () => {
      const plan = planShare();
      const wrongPath = await call(app, 'PUT', `/api/groups/${groupId}/plans/${planShare().id}`, {
        token: owner.token,
        body: plan,
        headers: { 'if-none-match': '*' },
      });
      expect(wrongPath.status).toBe(400);
      expect((await put(owner, groupId, plan, {})).status).toBe(428);
    });
  });
});
