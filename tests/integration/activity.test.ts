import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from './support/app.ts';
import type { Annotation } from '../../src/core/model/annotation.ts';
import { activityKindOf } from '../../src/core/sync/activity.ts';
import type { SyncRecord } from '../../src/core/sync/protocol.ts';
import { annotation, call, signUp, type Account, MANY_SIGNUPS } from './support/api-client.ts';
import { forEachStore, type OpenStore } from './support/stores.ts';

const HOSTILE_TITLE = '<img src=x onerror=alert(1)> Plan';

forEachStore("a group's activity", (kind) => {
  let store: OpenStore;
  let app: FastifyInstance;
  let owner: Account;
  let member: Account;
  let outsider: Account;
  let groupId = '';

  const activity = (account: Account, query = '') =>
    call<{ activity: SyncRecord[] }>(app, 'GET', `/api/groups/${groupId}/activity${query}`, {
      token: account.token,
    });

  async function put(account: Account, record: Annotation, version?: number): Promise<SyncRecord> {
    const answer = await call<SyncRecord>(app, 'PUT', `/api/annotations/${record.id}`, {
      token: account.token,
      headers: version === undefined ? { 'if-none-match': '*' } : { 'if-match': `"${version}"` },
      body: record.visibility === 'private' ? { annotation: record } : { annotation: record, group: groupId },
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(version === undefined ? 201 : 200);
    return answer.body;
  }

  beforeAll(async () => {
    store = await kind.open();
    app = await buildApp(store.db, MANY_SIGNUPS);
    owner = await signUp(app, 'owner');
    member = await signUp(app, 'member');
    outsider = await signUp(app, 'outsider');
    const group = await call<{ id: string; inviteCode: string }>(app, 'POST', '/api/groups', {
      token: owner.token,
      body: { name: 'Activity' },
    });
    groupId = group.body.id;
    await call(app, 'POST', `/api/groups/${groupId}/members`, {
      token: member.token,
      body: { inviteCode: group.body.inviteCode },
    });
  });
  afterAll(async () => {
    await app?.close();
    await store?.dispose();
  });

  it('lists each annotation at its latest write, newest first, saying what was done and by whom', async () => {
    const first = await put(owner, annotation({ visibility: 'group', document: { title: HOSTILE_TITLE } }));
    const edited = annotation({ visibility: 'group' });
    const v1 = await put(member, edited);
    const reply = await put(
      member,
      annotation({ visibility: 'group', motivation: 'replying', replyTo: first.id }),
    );
    await put(owner, annotation({ visibility: 'private' }));
    await put(member, { ...edited, body: { comment: 'Changed my mind.', tags: [] } }, v1.version);
    const gone = await put(owner, annotation({ visibility: 'public' }));
    const deleted = await call(app, 'DELETE', `/api/annotations/${gone.id}`, {
      token: owner.token,
      headers: { 'if-match': `"${gone.version}"` },
    });
    expect(deleted.status).toBe(200);

    const answer = await activity(member);
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    const items = answer.body.activity.map((r) => [r.id, activityKindOf(r), r.creatorName]);
    expect(items).toEqual([
      [gone.id, 'deleted', owner.username],
      [edited.id, 'edited', member.username],
      [reply.id, 'reply', member.username],
      [first.id, 'new', owner.username],
    ]);
    // A deleted one tells nothing of what it said; a title is data, returned as it was written.
    expect(answer.body.activity[0]?.annotation).toBeNull();
    expect(answer.body.activity[3]?.annotation?.document.title).toBe(HOSTILE_TITLE);
  });

  it('takes a limit from 1 to 50, and refuses anything else with a 400 that says why', async () => {
    const two = await activity(member, '?limit=2');
    expect(two.body.activity).toHaveLength(2);
    for (const bad of ['0', '51', '-1', 'x', '1e1', '']) {
      const answer = await call<{ error: string }>(
        app,
        'GET',
        `/api/groups/${groupId}/activity?limit=${bad}`,
        {
          token: member.token,
        },
      );
      expect(answer.status, bad).toBe(400);
      expect(answer.body.error, bad).toMatch(/limit/);
    }
  });

  it("is a non-member's 404, whether or not the group exists, and anonymous callers' 401", async () => {
    expect((await activity(outsider)).status).toBe(404);
    const unknown = await call(app, 'GET', `/api/groups/${crypto.randomUUID()}/activity`, {
      token: outsider.token,
    });
    expect(unknown.status).toBe(404);
    expect((await call(app, 'GET', `/api/groups/${groupId}/activity`)).status).toBe(401);
    expect((await call(app, 'GET', '/api/groups/not-a-group/activity', { token: member.token })).status).toBe(
      400,
    );
  });

  it('shows a hidden annotation to its creator and the moderators, not to other members', async () => {
    const record = await put(owner, annotation({ visibility: 'group' }));
    const hidden = await call(app, 'PUT', `/api/annotations/${record.id}/hidden`, {
      token: owner.token,
      body: { hidden: true },
    });
    expect(hidden.status).toBe(200);
    expect((await activity(owner)).body.activity.map((r) => r.id)).toContain(record.id);
    expect((await activity(member)).body.activity.map((r) => r.id)).not.toContain(record.id);
  });
});
