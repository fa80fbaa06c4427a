import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './support/app.ts';
import { toW3c } from '../../server/web-annotation/jsonld.ts';
import type { Visibility } from '../../src/core/model/annotation.ts';
import type { ChangesPage, SyncRecord } from '../../src/core/sync/protocol.ts';
import {
  annotation,
  call,
  create,
  planShare,
  signUp,
  type Account,
  MANY_SIGNUPS,
} from './support/api-client.ts';
import { must } from '../support/must.ts';
import { forEachStore, type OpenStore } from './support/stores.ts';

/** Everyone but the creator: nobody here may change an annotation; who may read it depends on visibility. */
const ACTORS = ['anonymous', 'other', 'member', 'moderator', 'owner'] as const;
type Actor = (typeof ACTORS)[number];
const VISIBILITIES: readonly Visibility[] = ['private', 'group', 'public'];

function mayRead(actor: Actor, visibility: Visibility): boolean {
  if (visibility === 'public') return true;
  return visibility === 'group' && actor !== 'anonymous' && actor !== 'other';
}

/** What a refused change answers: 401 without a token, 404 when the actor may not even know it exists. */
function refusal(actor: Actor, visibility: Visibility): number {
  if (actor === 'anonymous') return 401;
  return mayRead(actor, visibility) ? 403 : 404;
}

/** Flagging: the members of the annotation's group (every role) on a shared one; nobody on a private one. */
function flagStatus(actor: Actor, visibility: Visibility): number {
  if (actor === 'anonymous') return 401;
  if (visibility === 'private' || !mayRead(actor, visibility)) return 404;
  return actor === 'other' ? 403 : 201;
}

forEachStore('authorisation', (kind) => {
  let store: OpenStore;
  let app: FastifyInstance;
  let creator: Account;
  const people = {} as Record<Exclude<Actor, 'anonymous'>, Account>;
  let groupId = '';
  const records = {} as Record<Visibility, SyncRecord>;
  /** A self-assessment the owner shared with the group. */
  const sharedPlan = planShare();
  /** The plan the annotations are on, shared too, and one assessment of it per visibility (the tracker). */
  const trackedPlan = planShare({
    document: { uri: annotation().target.source, alternates: [] },
    fingerprint: null,
    kind: 'action-plan',
    title: 'Tracked plan',
    commitments: [{ label: '1', title: 'Open contracting' }],
  });
  const assessed = {} as Record<Visibility, string>;

  const tokenOf = (actor: Actor) => (actor === 'anonymous' ? undefined : people[actor].token);

  /** The group's invite code as it stands: removing a member gives the group a new one. */
  const currentInviteCode = async () =>
    (await call<{ inviteCode: string }>(app, 'GET', `/api/groups/${groupId}`, { token: people.owner.token }))
      .body.inviteCode;

  /** A plain member who is only there to be promoted or removed by one test. */
  const newMember = async () => {
    const target = await signUp(app, 'target');
    const joined = await call(app, 'POST', `/api/groups/${groupId}/members`, {
      token: target.token,
      body: { inviteCode: await currentInviteCode() },
    });
    if (joined.status !== 201) throw new Error(`joining failed: ${joined.status}`);
    return target;
  };

  beforeAll(async () => {
    store = await kind.open();
    app = await buildApp(store.db, MANY_SIGNUPS);
    people.owner = await signUp(app, 'owner');
    const group = await call<{ id: string; inviteCode: string }>(app, 'POST', '/api/groups', {
      token: people.owner.token,
      body: { name: 'Reviewers' },
    });
    groupId = group.body.id;
    creator = await newMember();
    people.member = await newMember();
    people.moderator = await newMember();
    people.other = await signUp(app, 'other');
    await call(app, 'PATCH', `/api/groups/${groupId}/members/${people.moderator.id}`, {
      token: people.owner.token,
      body: { role: 'moderator' },
    });
    for (const visibility of VISIBILITIES) {
      records[visibility] = await create(
        app,
        creator,
        visibility,
        visibility === 'private' ? undefined : groupId,
      );
    }
    const shared = await call(app, 'PUT', `/api/groups/${groupId}/plans/${sharedPlan.id}`, {
      token: people.owner.token,
      headers: { 'if-none-match': '*' },
      body: sharedPlan,
    });
    if (shared.status !== 201) throw new Error(`sharing a plan failed: ${shared.status}`);
    const tracked = await call(app, 'PUT', `/api/groups/${groupId}/plans/${trackedPlan.id}`, {
      token: people.owner.token,
      headers: { 'if-none-match': '*' },
      body: trackedPlan,
    });
    if (tracked.status !== 201) throw new Error(`sharing a plan failed: ${tracked.status}`);
    for (const visibility of VISIBILITIES) {
      const record = annotation({
        visibility,
        motivation: 'assessing',
        body: {
          comment: `Tracked ${visibility} assessment.`,
          tags: [],
          commitment: { ordinal: 1, label: '1', title: 'Open contracting', linkedBy: 'auto' },
          assessment: { completion: 'limited', values: [], impact: null, verifiable: null },
        },
      });
      const put = await call(app, 'PUT', `/api/annotations/${record.id}`, {
        token: creator.token,
        headers: { 'if-none-match': '*' },
        body: visibility === 'private' ? { annotation: record } : { annotation: record, group: groupId },
      });
      if (put.status !== 201) throw new Error(`an assessment failed: ${put.status}`);
      assessed[visibility] = record.id;
    }
  });
  afterAll(async () => {
    await app?.close();
    await store?.dispose();
  });

  /** Checks that the creator's record is as it was created: no refused request changed anything. */
  const unchanged = async (visibility: Visibility) => {
    const read = await call<SyncRecord>(app, 'GET', `/api/annotations/${records[visibility].id}`, {
      token: creator.token,
    });
    expect(read.body).toEqual(records[visibility]);
  };

  for (const visibility of VISIBILITIES) {
    for (const actor of ACTORS) {
      describe(`${actor} on a ${visibility} annotation`, () => {
        const readable = mayRead(actor, visibility);

        it(`GET answers ${readable ? 200 : 404}`, async () => {
          const answer = await call<SyncRecord>(app, 'GET', `/api/annotations/${records[visibility].id}`, {
            token: tokenOf(actor),
          });
          expect(answer.status).toBe(readable ? 200 : 404);
          if (readable) expect(answer.body.annotation).toEqual(records[visibility].annotation);
          else expect(JSON.stringify(answer.body)).not.toContain('Milestone');
        });

        it(`the change feed ${readable ? 'lists' : 'never lists'} it`, async () => {
          const page = await call<ChangesPage>(app, 'GET', '/api/changes?since=0&limit=500', {
            token: tokenOf(actor),
          });
          expect(page.status).toBe(200);
          expect(page.body.changes.some((r) => r.id === records[visibility].id)).toBe(readable);
        });

        it(`PUT (update) is refused with ${refusal(actor, visibility)}`, async () => {
          const base = records[visibility].annotation ?? annotation();
          const answer = await call(app, 'PUT', `/api/annotations/${base.id}`, {
            token: tokenOf(actor),
            headers: { 'if-match': '"1"' },
            body: {
              annotation: { ...base, visibility: 'public', body: { comment: 'defaced', tags: [] } },
              group: groupId,
            },
          });
          // A non-member naming the group is refused for that before anything else, also a 403.
          expect(answer.status).toBe(actor === 'other' ? 403 : refusal(actor, visibility));
          await unchanged(visibility);
        });

        it('PUT (create over the same id) is refused and shows nothing unreadable', async () => {
          const base = records[visibility].annotation ?? annotation();
          const answer = await call<{ current: SyncRecord | null }>(
            app,
            'PUT',
            `/api/annotations/${base.id}`,
            {
              token: tokenOf(actor),
              headers: { 'if-none-match': '*' },
              body: { annotation: { ...base, visibility: 'private' } },
            },
          );
          expect(answer.status).toBe(actor === 'anonymous' ? 401 : 412);
          if (actor !== 'anonymous' && !readable) {
            // That the id is taken, and nothing of the record: not its content, not its version.
            expect(answer.body).toEqual({
              error: 'an annotation you cannot read already has this id; create yours under a new id',
              current: null,
            });
            expect(answer.headers['etag']).toBeUndefined();
          }
          await unchanged(visibility);
        });

        it(`DELETE is refused with ${refusal(actor, visibility)}`, async () => {
          const answer = await call(app, 'DELETE', `/api/annotations/${records[visibility].id}`, {
            token: tokenOf(actor),
            headers: { 'if-match': '"1"' },
          });
          expect(answer.status).toBe(refusal(actor, visibility));
          await unchanged(visibility);
        });

        it('the batch route refuses each write as its own request would', async () => {
          const base = records[visibility].annotation ?? annotation();
          const answer = await call<{ results: { status: number; current?: SyncRecord | null }[] }>(
            app,
            'POST',
            '/api/annotations/batch',
            {
              token: tokenOf(actor),
              body: {
                writes: [
                  {
                    op: 'put',
                    annotation: { ...base, visibility: 'public', body: { comment: 'defaced', tags: [] } },
                    group: groupId,
                    version: 1,
                  },
                  { op: 'put', annotation: { ...base, visibility: 'private' }, group: null, version: null },
                  { op: 'delete', id: base.id, version: 1 },
                ],
              },
            },
          );
          if (actor === 'anonymous') {
            expect(answer.status).toBe(401);
          } else {
            expect(answer.status).toBe(200);
            const [update, create, remove] = answer.body.results;
            expect(update?.status).toBe(actor === 'other' ? 403 : refusal(actor, visibility));
            expect(create?.status).toBe(412);
            if (!readable) {
              expect(create).toEqual({
                status: 412,
                error: 'an annotation you cannot read already has this id; create yours under a new id',
                current: null,
              });
            }
            expect(remove?.status).toBe(refusal(actor, visibility));
          }
          await unchanged(visibility);
        });

        it(`the link page (/a/<id>): ${readable ? '200 with the comment' : "404, the same page as an unknown id's"}`, async () => {
          const answer = await call<string>(app, 'GET', `/a/${records[visibility].id}`, {
            token: tokenOf(actor),
          });
          expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
          expect(answer.status).toBe(readable ? 200 : 404);
          expect(answer.body.includes('Milestone 1.1 is late.')).toBe(readable);
          if (!readable) {
            const unknown = await call<string>(app, 'GET', `/a/${annotation().id}`, {
              token: tokenOf(actor),
            });
            expect(answer.body).toBe(unknown.body);
          }
        });

        it(`the tracker ${readable ? 'shows' : 'never shows'} an assessment of this visibility, in every format`, async () => {
          const plan = `/tracker/groups/${groupId}/plans/${trackedPlan.id}`;
          const urls = [plan, `${plan}.json`, `${plan}.csv`, `${plan}.atom`, `${plan}/commitments/1`];
          urls.push(`${plan}/commitments/1.json`, `${plan}/commitments/1.csv`);
          for (const url of urls) {
            const answer = await call<unknown>(app, 'GET', url, { token: tokenOf(actor) });
            // The public assessment makes the plan public, so every reader gets the page.
            expect(answer.status, url).toBe(200);
            const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
            // The plan's CSV names no annotation, only its reviewers' latest comments.
            if (!url.endsWith(`${trackedPlan.id}.csv`))
              expect(text.includes(assessed[visibility]), url).toBe(readable);
            expect(text.includes(`Tracked ${visibility} assessment.`), url).toBe(readable);
          }
          const group = await call<string>(app, 'GET', `/tracker/groups/${groupId}`, {
            token: tokenOf(actor),
          });
          expect(group.body.includes(sharedPlan.title)).toBe(actor !== 'anonymous' && actor !== 'other');
        });

        it(`the W3C container: GET ${readable ? 200 : 404}, listed ${readable ? 'yes' : 'no'}`, async () => {
          const id = records[visibility].id;
          const read = await call(app, 'GET', `/annotations/${id}`, { token: tokenOf(actor) });
          expect(read.status).toBe(readable ? 200 : 404);
          // One page holds them all: this file writes fewer than 50 annotations any one actor may read.
          const page = await call<{ items: { id: string }[] }>(app, 'GET', '/annotations/?page=0', {
            token: tokenOf(actor),
          });
          expect(page.body.items.some((item) => item.id.endsWith(`/annotations/${id}`))).toBe(readable);
        });

        it(`the W3C container: PUT and DELETE are refused with ${refusal(actor, visibility)}`, async () => {
          const id = records[visibility].id;
          const current = must(records[visibility].annotation);
          const put = await call(app, 'PUT', `/annotations/${id}`, {
            token: tokenOf(actor),
            headers: { 'if-match': '"1"' },
            body: toW3c({ ...current, body: { comment: 'defaced', tags: [] } }, 'x'),
          });
          expect(put.status).toBe(refusal(actor, visibility));
          const deleted = await call(app, 'DELETE', `/annotations/${id}`, {
            token: tokenOf(actor),
            headers: { 'if-match': '"1"' },
          });
          expect(deleted.status).toBe(refusal(actor, visibility));
          await unchanged(visibility);
        });

        const moderates = visibility !== 'private' && (actor === 'moderator' || actor === 'owner');
        const hideStatus = moderates ? 200 : refusal(actor, visibility);
        it(`hiding answers ${hideStatus}`, async () => {
          // A fresh annotation, so that a permitted hide changes no other test's record.
          const target = await create(
            app,
            creator,
            visibility,
            visibility === 'private' ? undefined : groupId,
          );
          const reason = 'Off topic <img src=x onerror=alert(1)>';
          const answer = await call<SyncRecord>(app, 'PUT', `/api/annotations/${target.id}/hidden`, {
            token: tokenOf(actor),
            body: { hidden: true, reason },
          });
          expect(answer.status).toBe(hideStatus);
          if (!moderates) {
            const read = await call<SyncRecord>(app, 'GET', `/api/annotations/${target.id}`, {
              token: creator.token,
            });
            expect(read.body).toEqual(target);
            return;
          }
          // Hidden: the creator and moderators still see it, and why; a plain reader neither.
          expect(answer.body.annotation).not.toBeNull();
          expect(answer.body.hiddenReason).toBe(reason);
          for (const reader of [people.moderator, people.owner]) {
            const feed = await call<ChangesPage>(app, 'GET', '/api/changes?limit=500', {
              token: reader.token,
            });
            expect(feed.body.changes.find((r) => r.id === target.id)).toMatchObject({
              hidden: true,
              hiddenReason: reason,
            });
          }
          const byMember = await call(app, 'GET', `/api/annotations/${target.id}`, {
            token: people.member.token,
          });
          expect(byMember.status).toBe(404);
          const feed = await call<ChangesPage>(app, 'GET', '/api/changes?limit=500', {
            token: people.member.token,
          });
          expect(feed.body.changes.find((r) => r.id === target.id)).toMatchObject({
            hidden: true,
            annotation: null,
          });
          expect(JSON.stringify(feed.body)).not.toContain('Off topic');
          if (visibility === 'public') {
            const byOther = await call(app, 'GET', '/api/changes?limit=500', { token: people.other.token });
            expect(JSON.stringify(byOther.body)).not.toContain('Off topic');
          }
          const byCreator = await call<SyncRecord>(app, 'GET', `/api/annotations/${target.id}`, {
            token: creator.token,
          });
          expect(byCreator.body).toMatchObject({
            hidden: true,
            hiddenReason: reason,
            annotation: target.annotation,
          });
          const creatorFeed = await call<ChangesPage>(app, 'GET', '/api/changes?limit=500', {
            token: creator.token,
          });
          expect(creatorFeed.body.changes.find((r) => r.id === target.id)?.hiddenReason).toBe(reason);
        });

        const flagged = flagStatus(actor, visibility);
        it(`flagging answers ${flagged}, again ${flagged === 201 ? 200 : flagged}, withdrawing ${flagged === 201 ? 204 : flagged}`, async () => {
          const target = await create(
            app,
            creator,
            visibility,
            visibility === 'private' ? undefined : groupId,
          );
          const url = `/api/annotations/${target.id}/flag`;
          const first = await call(app, 'POST', url, { token: tokenOf(actor), body: { reason: 'spam' } });
          expect(first.status).toBe(flagged);
          const again = await call(app, 'POST', url, { token: tokenOf(actor), body: { reason: 'spam' } });
          expect(again.status).toBe(flagged === 201 ? 200 : flagged);
          const list = await call<{ flags: { id: string; count: number }[] }>(
            app,
            'GET',
            `/api/groups/${groupId}/flags`,
            { token: people.owner.token },
          );
          const listed = list.body.flags.find((f) => f.id === target.id);
          expect(listed?.count).toBe(flagged === 201 ? 1 : undefined);
          const withdrawn = await call(app, 'DELETE', url, { token: tokenOf(actor) });
          expect(withdrawn.status).toBe(flagged === 201 ? 204 : flagged);
          const after = await call<{ flags: { id: string }[] }>(app, 'GET', `/api/groups/${groupId}/flags`, {
            token: people.owner.token,
          });
          expect(after.body.flags.some((f) => f.id === target.id)).toBe(false);
          // Nobody learns anything of an unreadable annotation from its flag route.
          if (flagged === 404) expect(JSON.stringify(first.body)).not.toContain('Milestone');
        });
      });
    }
  }

  it("the creator reads every one of their annotations' link pages", async () => {
    for (const visibility of VISIBILITIES) {
      const answer = await call<string>(app, 'GET', `/a/${records[visibility].id}`, { token: creator.token });
      expect(answer.status).toBe(200);
      expect(answer.body).toContain('Milestone 1.1 is late.');
    }
  });

  for (const actor of ACTORS) {
    describe(`${actor} on the group`, () => {
      const inGroup = actor === 'member' || actor === 'moderator' || actor === 'owner';
      const manages = actor === 'moderator' || actor === 'owner';
      const outsider = actor === 'anonymous' ? 401 : 404;

      it(`reads it ${inGroup ? 'with' : 'without'} success, and the invite code only when managing`, async () => {
        const answer = await call<{ inviteCode?: string }>(app, 'GET', `/api/groups/${groupId}`, {
          token: tokenOf(actor),
        });
        expect(answer.status).toBe(inGroup ? 200 : outsider);
        expect(answer.body.inviteCode === (await currentInviteCode())).toBe(manages);
      });

      it(`changes a member's role: ${manages ? 'yes' : 'no'}`, async () => {
        const target = await newMember();
        const answer = await call(app, 'PATCH', `/api/groups/${groupId}/members/${target.id}`, {
          token: tokenOf(actor),
          body: { role: 'moderator' },
        });
        expect(answer.status).toBe(manages ? 200 : inGroup ? 403 : outsider);
      });

      it(`removes a member: ${manages ? 'yes' : 'no'}`, async () => {
        const target = await newMember();
        const answer = await call(app, 'DELETE', `/api/groups/${groupId}/members/${target.id}`, {
          token: tokenOf(actor),
        });
        expect(answer.status).toBe(manages ? 204 : inGroup ? 403 : outsider);
      });

      it('never demotes or removes the owner unless an owner', async () => {
        const demote = await call(app, 'PATCH', `/api/groups/${groupId}/members/${people.owner.id}`, {
          token: tokenOf(actor),
          body: { role: 'member' },
        });
        // The owner demoting the last owner is a 409; everyone else is refused outright.
        expect(demote.status).toBe(actor === 'owner' ? 409 : inGroup ? 403 : outsider);
      });

      it(`exports it ${inGroup ? 'in every format, never a private annotation' : 'never'}`, async () => {
        for (const format of ['jsonld', 'csv', 'md']) {
          const answer = await call<unknown>(app, 'GET', `/api/groups/${groupId}/export?format=${format}`, {
            token: tokenOf(actor),
          });
          expect(answer.status).toBe(inGroup ? 200 : outsider);
          const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
          expect(text).not.toContain(records.private.id);
          expect(text.includes(records.group.id)).toBe(inGroup && format !== 'md');
          expect(text.includes(records.public.id)).toBe(inGroup && format !== 'md');
          if (inGroup && format === 'md') expect(text).toContain('Milestone 1.1 is late.');
        }
      });

      it(`reads the group's plans: ${inGroup ? 'yes' : 'no'}`, async () => {
        const list = await call<{ plans: { id: string }[] }>(app, 'GET', `/api/groups/${groupId}/plans`, {
          token: tokenOf(actor),
        });
        expect(list.status).toBe(inGroup ? 200 : outsider);
        expect(JSON.stringify(list.body).includes(sharedPlan.title)).toBe(inGroup);
        const one = await call(app, 'GET', `/api/groups/${groupId}/plans/${sharedPlan.id}`, {
          token: tokenOf(actor),
        });
        expect(one.status).toBe(inGroup ? 200 : outsider);
      });

      it(`shares a plan with the group: ${inGroup ? 'yes' : 'no'}`, async () => {
        const plan = planShare();
        const created = await call(app, 'PUT', `/api/groups/${groupId}/plans/${plan.id}`, {
          token: tokenOf(actor),
          headers: { 'if-none-match': '*' },
          body: plan,
        });
        expect(created.status).toBe(inGroup ? 201 : outsider);
        // Sharing again over the owner's record at its version: any member, nobody else.
        const current = await call<{ version: number }>(
          app,
          'GET',
          `/api/groups/${groupId}/plans/${sharedPlan.id}`,
          { token: people.owner.token },
        );
        const replaced = await call(app, 'PUT', `/api/groups/${groupId}/plans/${sharedPlan.id}`, {
          token: tokenOf(actor),
          headers: { 'if-match': `"${current.body.version}"` },
          body: sharedPlan,
        });
        expect(replaced.status).toBe(inGroup ? 200 : outsider);
      });

      it(`searches it ${inGroup ? 'and finds its group and public annotations, never a private one' : 'never'}`, async () => {
        const answer = await call<{ results?: SyncRecord[] }>(
          app,
          'GET',
          `/api/groups/${groupId}/search?q=${encodeURIComponent('milestone late')}`,
          { token: tokenOf(actor) },
        );
        expect(answer.status).toBe(inGroup ? 200 : outsider);
        const found = (answer.body.results ?? []).map((r) => r.id);
        expect(found).not.toContain(records.private.id);
        expect(found.includes(records.group.id)).toBe(inGroup);
        expect(found.includes(records.public.id)).toBe(inGroup);
        const bad = await call(app, 'GET', `/api/groups/${groupId}/search?q=%20`, { token: tokenOf(actor) });
        expect(bad.status).toBe(actor === 'anonymous' ? 401 : 400);
      });

      it(`lists the group's flags: ${manages ? 'yes, with the reasons' : 'no'}`, async () => {
        const target = await create(app, creator, 'group', groupId);
        const reason = '<script>alert(1)</script> rude';
        expect(
          (
            await call(app, 'POST', `/api/annotations/${target.id}/flag`, {
              token: people.member.token,
              body: { reason },
            })
          ).status,
        ).toBe(201);
        const answer = await call<{ flags?: { id: string; count: number; reasons: unknown[] }[] }>(
          app,
          'GET',
          `/api/groups/${groupId}/flags`,
          { token: tokenOf(actor) },
        );
        expect(answer.status).toBe(manages ? 200 : inGroup ? 403 : outsider);
        if (manages) {
          expect(answer.body.flags?.find((f) => f.id === target.id)).toMatchObject({
            count: 1,
            reasons: [{ by: people.member.username, reason }],
          });
        } else {
          expect(JSON.stringify(answer.body)).not.toContain(target.id);
        }
      });

      it(`reads its activity ${inGroup ? 'and sees its group and public annotations, never a private one' : 'never'}`, async () => {
        const answer = await call<{ activity?: SyncRecord[] }>(
          app,
          'GET',
          `/api/groups/${groupId}/activity?limit=50`,
          {
            token: tokenOf(actor),
          },
        );
        expect(answer.status).toBe(inGroup ? 200 : outsider);
        const seen = (answer.body.activity ?? []).map((r) => r.id);
        expect(seen).not.toContain(records.private.id);
        expect(seen.includes(records.group.id)).toBe(inGroup);
        expect(seen.includes(records.public.id)).toBe(inGroup);
        // Private annotations never name a group, so nobody's activity can show one, not even the creator's.
        const bad = await call(app, 'GET', `/api/groups/${groupId}/activity?limit=0`, {
          token: tokenOf(actor),
        });
        expect(bad.status).toBe(actor === 'anonymous' ? 401 : 400);
      });

      it('cannot join with a wrong invite code', async () => {
        const answer = await call(app, 'POST', `/api/groups/${groupId}/members`, {
          token: tokenOf(actor),
          body: { inviteCode: 'guessed' },
        });
        expect(answer.status).toBe(actor === 'anonymous' ? 401 : 403);
      });
    });
  }

  it('anonymous callers have no account routes', async () => {
    expect((await call(app, 'GET', '/api/me')).status).toBe(401);
    expect((await call(app, 'DELETE', '/api/tokens/current')).status).toBe(401);
    expect((await call(app, 'POST', '/api/groups', { body: { name: 'x' } })).status).toBe(401);
  });
});
