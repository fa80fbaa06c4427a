import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './support/app.ts';
import type { Annotation, Visibility } from '../../src/core/model/annotation.ts';
import type { Completion, Evidence } from '../../src/core/model/assessment.ts';
import { planIdOf, type Plan } from '../../src/core/model/plan-record.ts';
import { annotation, call, MANY_SIGNUPS, planShare, signUp, type Account } from './support/api-client.ts';
import { forEachStore, type OpenStore } from './support/stores.ts';

/** Hostile text a member may type in any field; none of it may become markup or a link. */
const PAYLOADS = [
  '<script>window.pwned=1</script>',
  '<img src=x onerror="alert(1)">',
  '"><svg onload=alert(1)>',
  "'><a href='javascript:alert(1)'>x</a>",
  '</title><script>alert(1)</script>',
  '<style>*{display:none}</style>',
  ']]></summary><script>x</script>',
  '=HYPERLINK("http://evil.example","x")',
  '&lt;b&gt;escaped&lt;/b&gt; <b>bold</b>',
  '<!--',
];
const HOSTILE = PAYLOADS.join(' ');

const PLAN_URI = 'https://www.example.gov/national-action-plan-2025/';

function planOf(title: string, uri = PLAN_URI): Plan {
  return {
    id: planIdOf(uri),
    document: { uri, alternates: [] },
    fingerprint: null,
    title,
    kind: 'action-plan',
    language: 'en',
    commitments: [
      { label: '1', title: 'Open data on public procurement', page: 1, theme: 'Transparency' },
      { label: '2', title: 'A public register of lobbyists', page: 2, theme: 'Integrity' },
      { label: '3', title: 'Participatory budgeting in every municipality', page: 3, theme: 'Integrity' },
    ],
  };
}

const evidence = (overrides: Partial<Evidence> = {}): Evidence => ({
  url: 'https://www.example.gov/procurement-portal',
  title: 'Procurement portal',
  kind: 'government-website',
  published: null,
  accessed: '2026-02-01',
  excerpt: '',
  ...overrides,
});

function assessment(
  label: string,
  title: string,
  completion: Completion,
  visibility: Visibility,
  overrides: { evidence?: Evidence[]; comment?: string; tags?: string[]; modified?: string } = {},
): Annotation {
  const modified = overrides.modified ?? '2026-02-01T10:00:00.000Z';
  return annotation({
    motivation: 'assessing',
    target: {
      source: PLAN_URI,
      selector: [{ type: 'TextQuoteSelector', exact: `Commitment ${label}`, prefix: '', suffix: '' }],
    },
    body: {
      comment: overrides.comment ?? `Assessed ${completion}.`,
      tags: overrides.tags ?? [],
      commitment: { ordinal: Number(label), label, title, linkedBy: 'auto' },
      assessment: { completion, values: [], impact: null, verifiable: null },
      ...(overrides.evidence ? { evidence: overrides.evidence } : {}),
    },
    document: { title: 'National Action Plan' },
    visibility,
    created: modified,
    modified,
  });
}

const documentOf = (html: string) => new JSDOM(html).window.document;

forEachStore('the commitment tracker', (kind) => {
  let store: OpenStore;
  let app: FastifyInstance;
  let owner: Account;
  let member: Account;
  let outsider: Account;
  let groupId = '';
  let quietGroup = '';
  const plan = planOf('Fifth National Action Plan');
  const quietPlan = planOf('A plan nobody made public', 'https://www.example.gov/quiet-plan/');
  let publicOne: Annotation;
  let groupOne: Annotation;
  let privateOne: Annotation;

  const put = async (account: Account, record: Annotation, group: string | null) => {
    const answer = await call(app, 'PUT', `/api/annotations/${record.id}`, {
      token: account.token,
      headers: { 'if-none-match': '*' },
      body: group ? { annotation: record, group } : { annotation: record },
    });
    if (answer.status !== 201)
      throw new Error(`create failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  };
  const share = async (account: Account, group: string, body: Plan) => {
    const answer = await call(app, 'PUT', `/api/groups/${group}/plans/${body.id}`, {
      token: account.token,
      headers: { 'if-none-match': '*' },
      body,
    });
    if (answer.status !== 201)
      throw new Error(`share failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  };

  beforeAll(async () => {
    store = await kind.open();
    app = await buildApp(store.db, MANY_SIGNUPS);
    owner = await signUp(app, 'tracker-owner');
    member = await signUp(app, 'tracker-member');
    outsider = await signUp(app, 'tracker-outsider');
    const group = await call<{ id: string; inviteCode: string }>(app, 'POST', '/api/groups', {
      token: owner.token,
      body: { name: 'Open Budget Watch' },
    });
    groupId = group.body.id;
    await call(app, 'POST', `/api/groups/${groupId}/members`, {
      token: member.token,
      body: { inviteCode: group.body.inviteCode },
    });
    const quiet = await call<{ id: string }>(app, 'POST', '/api/groups', {
      token: owner.token,
      body: { name: 'Quiet group' },
    });
    quietGroup = quiet.body.id;
    await share(owner, groupId, plan);
    await share(owner, groupId, quietPlan);
    await share(owner, quietGroup, plan);
    // A self-assessment of the same plan: the government reports commitment 1 as substantial.
    await share(
      owner,
      groupId,
      planShare({
        commitments: [
          { label: '1', title: 'Open data on public procurement', page: 1, reportedStatus: 'Substantial' },
          { label: '2', title: 'A public register of lobbyists', page: 2, reportedStatus: 'Limited' },
        ],
      }),
    );
    publicOne = assessment('1', 'Open data on public procurement', 'limited', 'public', {
      evidence: [evidence()],
      comment: 'The portal lists only half of the contracts.',
    });
    groupOne = assessment('1', 'Open data on public procurement', 'complete', 'group', {
      comment: 'Members-only view: complete.',
      modified: '2026-02-02T10:00:00.000Z',
    });
    privateOne = assessment('2', 'A public register of lobbyists', 'not-started', 'private', {
      comment: 'A private note on lobbying.',
    });
    await put(owner, publicOne, groupId);
    await put(member, groupOne, groupId);
    await put(owner, privateOne, null);
    await put(
      owner,
      {
        ...assessment('2', 'x', 'limited', 'group'),
        target: { source: quietPlan.document.uri, selector: [] },
      },
      groupId,
    );
  });
  afterAll(async () => {
    await app?.close();
    await store?.dispose();
  });

  const base = () => `/tracker/groups/${groupId}`;
  const planUrl = () => `${base()}/plans/${plan.id}`;
  const get = (url: string, token?: string, headers: Record<string, string> = {}) =>
    call<string>(app, 'GET', url, { token, headers });

  describe('who sees what', () => {
    it('anonymous: the group lists only plans with a public annotation', async () => {
      const answer = await get(base());
      expect(answer.status).toBe(200);
      const titles = [...documentOf(answer.body).querySelectorAll('[data-testid="plans"] a')].map(
        (a) => a.textContent,
      );
      expect(titles).toEqual([plan.title]);
    });

    it('anonymous: a plan shows the public assessment and never the group or private one', async () => {
      const answer = await get(planUrl());
      expect(answer.status).toBe(200);
      expect(answer.body).toContain('The portal lists only half');
      expect(answer.body).not.toContain('Members-only view');
      expect(answer.body).not.toContain('A private note');
      const first = documentOf(answer.body).querySelector('[data-number="1"]');
      expect(first?.querySelector('[data-testid="level"]')?.textContent).toBe('Limited');
      expect(first?.querySelector('[data-testid="evidence"]')?.textContent).toBe('1');
      expect(first?.querySelector('[data-testid="disagreement"]')).toBeNull();
    });

    it('a member also sees the group assessment, and the disagreement it makes', async () => {
      const answer = await get(planUrl(), member.token);
      expect(answer.status).toBe(200);
      expect(answer.headers['cache-control']).toBe('private, no-cache');
      expect(answer.body).toContain('Members-only view');
      expect(answer.body).not.toContain('A private note');
      const first = documentOf(answer.body).querySelector('[data-number="1"]');
      expect(first?.querySelector('[data-testid="disagreement"]')).not.toBeNull();
      expect(first?.querySelector('[data-testid="assessments"]')?.textContent).toBe('2');
      // The member sees the self-assessment too, so the government's status.
      expect(first?.querySelector('[data-testid="reported"]')?.textContent).toContain('Substantial');
    });

    it('a signed-in outsider sees what anonymous sees; a plan with nothing public is a 404 to both', async () => {
      const outside = await get(planUrl(), outsider.token);
      expect(outside.status).toBe(200);
      expect(outside.body).not.toContain('Members-only view');
      for (const token of [undefined, outsider.token]) {
        expect((await get(`${base()}/plans/${quietPlan.id}`, token)).status).toBe(404);
        expect((await get(`/tracker/groups/${quietGroup}`, token)).status).toBe(404);
        expect((await get(`/tracker/groups/${quietGroup}/plans/${plan.id}`, token)).status).toBe(404);
      }
      expect((await get(`${base()}/plans/${quietPlan.id}`, member.token)).status).toBe(200);
    });

    it('the data say what the page says: JSON, CSV and the commitment page', async () => {
      const data = await call<{
        commitments: { levels: unknown[]; unsupported: number }[];
        totals: Record<string, number>;
        months: unknown[];
      }>(app, 'GET', `${planUrl()}.json`);
      expect(data.status).toBe(200);
      expect(data.body.commitments[0]?.levels).toHaveLength(1);
      // One commitment limited, two not assessed; one assessment, made in February 2026.
      expect(data.body.totals).toMatchObject({ unassessed: 2, limited: 1, complete: 0 });
      expect(data.body.months).toEqual([
        { month: '2026-02', counts: expect.objectContaining({ limited: 1, complete: 0 }) as unknown },
      ]);
      const html = documentOf((await get(planUrl())).body);
      const row = [...html.querySelectorAll('table.numbers')][0]?.querySelector('tbody tr');
      expect([...(row?.querySelectorAll('td') ?? [])].map((td) => td.textContent)).toEqual([
        '2',
        '0',
        '0',
        '1',
        '0',
        '0',
        '3',
      ]);
      expect(html.querySelector('svg.chart rect.l-limited title')?.textContent).toBe(
        'All commitments: Limited, 1 of 3',
      );
      expect(JSON.stringify(data.body)).not.toContain('Members-only');
      const csv = await get(`${planUrl()}.csv`);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.body.split('\r\n')[1]).toContain('Open data on public procurement,Transparency');
      const page = documentOf((await get(`${planUrl()}/commitments/1`)).body);
      const entries = page.querySelectorAll('[data-testid="entry"]');
      expect(entries).toHaveLength(1);
      expect(page.querySelector('[data-testid="passage-link"]')?.getAttribute('href')).toBe(
        `/a/${publicOne.id}`,
      );
      expect(page.querySelector('[data-testid="evidence"] a')?.getAttribute('href')).toBe(
        'https://www.example.gov/procurement-portal',
      );
    });
  });

  describe('hostile text', () => {
    let hostileGroup = '';
    const hostilePlan = planOf(HOSTILE, 'https://www.example.gov/hostile-plan/');
    hostilePlan.commitments = [
      { label: '1', title: HOSTILE, theme: HOSTILE, leadAgency: HOSTILE, start: HOSTILE.slice(0, 100) },
    ];

    beforeAll(async () => {
      const group = await call<{ id: string }>(app, 'POST', '/api/groups', {
        token: owner.token,
        body: { name: HOSTILE.slice(0, 100) },
      });
      hostileGroup = group.body.id;
      await share(owner, hostileGroup, hostilePlan);
      const record = assessment('1', HOSTILE.slice(0, 500), 'limited', 'public', {
        comment: HOSTILE,
        tags: PAYLOADS.map((p) => p.slice(0, 64)),
        evidence: [
          evidence({
            title: HOSTILE,
            excerpt: HOSTILE,
            url: 'https://evil.example/"><script>alert(1)</script>',
          }),
        ],
      });
      record.target = {
        source: hostilePlan.document.uri,
        selector: [{ type: 'TextQuoteSelector', exact: HOSTILE, prefix: '', suffix: '' }],
      };
      await put(owner, record, hostileGroup);
    });

    const pages = () => [
      `/tracker/groups/${hostileGroup}`,
      `/tracker/groups/${hostileGroup}/plans/${hostilePlan.id}`,
      `/tracker/groups/${hostileGroup}/plans/${hostilePlan.id}/commitments/1`,
    ];

    it('no payload becomes an element, an attribute or a javascript: link on any page', async () => {
      const allowed = new Set(
        'html head meta title style body main h1 h2 h3 p a nav table caption thead tbody tr th td section article span dl dt dd blockquote ul li strong time svg g rect text line link'.split(
          ' ',
        ),
      );
      for (const url of pages()) {
        const answer = await get(url);
        expect(answer.status, url).toBe(200);
        const document = documentOf(answer.body);
        const tags = new Set([...document.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()));
        expect(
          [...tags].filter((t) => !allowed.has(t)),
          url,
        ).toEqual([]);
        for (const element of document.querySelectorAll('*')) {
          for (const attribute of element.getAttributeNames())
            expect(attribute.startsWith('on'), url).toBe(false);
        }
        for (const link of document.querySelectorAll('a, link')) {
          expect(link.getAttribute('href'), url).toMatch(/^(\/|https?:\/\/)/);
        }
        expect(document.querySelectorAll('script, img, b, style:not(head > style)'), url).toHaveLength(0);
      }
      const plan = documentOf((await get(pages()[1] ?? '')).body);
      expect(plan.querySelector('h1')?.textContent).toBe(HOSTILE);
      const commitment = documentOf((await get(pages()[2] ?? '')).body);
      expect(commitment.querySelector('[data-testid="comment"]')?.textContent).toBe(HOSTILE);
      expect(commitment.querySelector('[data-testid="quote"]')?.textContent).toBe(HOSTILE);
    });

    it('the Atom feed is well-formed XML with the payloads as text', async () => {
      const feed = await get(`${pages()[1]}.atom`);
      expect(feed.status).toBe(200);
      expect(feed.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
      const xml = new JSDOM(feed.body, { contentType: 'application/xml' }).window.document;
      expect(xml.querySelector('parsererror')).toBeNull();
      expect(xml.querySelector('entry summary')?.textContent).toBe(HOSTILE);
      expect(xml.querySelectorAll('script')).toHaveLength(0);
    });

    it('the CSV starts no cell with a formula', async () => {
      const record = assessment('1', 'x', 'complete', 'public', {
        comment: '=HYPERLINK("http://evil.example","x")',
        tags: ['@SUM(A1)', '-2+3'],
        modified: '2026-03-01T10:00:00.000Z',
      });
      record.target = { source: hostilePlan.document.uri, selector: [] };
      await put(owner, record, hostileGroup);
      const csv = (await get(`${pages()[2]}.csv`)).body;
      expect(csv).not.toMatch(/(^|,|\r\n|")[=+\-@]/);
      expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
      expect(csv).toContain(`'@SUM(A1); -2+3`);
    });
  });

  describe('member sessions in a browser', () => {
    const cookieOf = (setCookie: unknown, name: string) =>
      ([setCookie].flat() as string[]).find((c) => c.startsWith(`${name}=`)) ?? '';
    const formBody = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

    /** The sign-in form as a browser gets it: its CSRF cookie and the same value in the form. */
    async function signInForm() {
      const answer = await get(`/tracker/sign-in?next=${encodeURIComponent(planUrl())}`);
      expect(answer.status).toBe(200);
      expect(String(answer.headers['content-security-policy'])).toContain("form-action 'self'");
      const csrfCookie = cookieOf(answer.headers['set-cookie'], 'pa_tracker_csrf');
      expect(csrfCookie).toMatch(/HttpOnly/);
      expect(csrfCookie).toMatch(/SameSite=Strict/);
      const document = documentOf(answer.body);
      const csrf = document.querySelector<HTMLInputElement>('input[name="csrf"]')?.value ?? '';
      expect(csrfCookie.startsWith(`pa_tracker_csrf=${csrf};`)).toBe(true);
      return { csrf, cookie: csrfCookie.split(';')[0] ?? '' };
    }

    const post = (url: string, fields: Record<string, string>, headers: Record<string, string>) =>
      app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        payload: formBody(fields),
      });

    it('signs a member in with an HttpOnly, SameSite=Strict cookie that shows the group their own', async () => {
      const { csrf, cookie } = await signInForm();
      const answer = await post(
        '/tracker/sign-in',
        { csrf, next: planUrl(), username: member.username, password: 'correct horse battery' },
        { cookie },
      );
      expect(answer.statusCode).toBe(303);
      expect(answer.headers.location).toBe(planUrl());
      const session = cookieOf(answer.headers['set-cookie'], 'pa_tracker_session');
      expect(session).toMatch(/; Path=\/tracker; Max-Age=\d+; HttpOnly; SameSite=Strict/);
      const sessionCookie = session.split(';')[0] ?? '';
      const page = await get(planUrl(), undefined, { cookie: sessionCookie });
      expect(page.body).toContain('Members-only view');
      expect(page.headers['cache-control']).toBe('private, no-cache');
      expect(String(page.headers['vary'])).toContain('cookie');

      // Signed out: the cookie no longer shows anything but the public.
      const form = await get('/tracker/sign-in', undefined, { cookie: sessionCookie });
      expect(documentOf(form.body).querySelector('[data-testid="signed-in"]')?.textContent).toContain(
        member.username,
      );
      const csrfOut =
        documentOf(form.body).querySelector<HTMLInputElement>('input[name="csrf"]')?.value ?? '';
      const csrfCookie = cookieOf(form.headers['set-cookie'], 'pa_tracker_csrf').split(';')[0] ?? '';
      const out = await post(
        '/tracker/sign-out',
        { csrf: csrfOut },
        { cookie: `${sessionCookie}; ${csrfCookie}` },
      );
      expect(out.statusCode).toBe(303);
      expect((await get(planUrl(), undefined, { cookie: sessionCookie })).body).not.toContain(
        'Members-only view',
      );
    });

    it('refuses a forged form: no CSRF value, a wrong one, or another site as Origin', async () => {
      const { csrf, cookie } = await signInForm();
      const fields = { next: planUrl(), username: member.username, password: 'correct horse battery' };
      const forged = [
        await post('/tracker/sign-in', fields, { cookie }),
        await post('/tracker/sign-in', { ...fields, csrf: `${csrf}x` }, { cookie }),
        await post('/tracker/sign-in', { ...fields, csrf }, {}),
        await post('/tracker/sign-in', { ...fields, csrf }, { cookie, origin: 'https://evil.example' }),
      ];
      for (const answer of forged) {
        expect(answer.statusCode).toBe(403);
        expect(cookieOf(answer.headers['set-cookie'], 'pa_tracker_session')).toBe('');
      }
    });

    it('answers a wrong password with the form again, and never sends anyone to another site', async () => {
      const { csrf, cookie } = await signInForm();
      const wrong = await post(
        '/tracker/sign-in',
        { csrf, username: member.username, password: 'nope' },
        { cookie },
      );
      expect(wrong.statusCode).toBe(401);
      expect(documentOf(wrong.body).querySelector('[data-testid="sign-in-message"]')?.textContent).toBe(
        'Wrong username or password.',
      );
      const again = await signInForm();
      const elsewhere = await post(
        '/tracker/sign-in',
        {
          csrf: again.csrf,
          next: '//evil.example/tracker/',
          username: member.username,
          password: 'correct horse battery',
        },
        { cookie: again.cookie },
      );
      expect(elsewhere.statusCode).toBe(303);
      expect(elsewhere.headers.location).toBe('/tracker/sign-in');
      const hostile = await get(`/tracker/sign-in?next=${encodeURIComponent('"><script>x</script>')}`);
      expect(documentOf(hostile.body).querySelector('input[name="next"]')?.getAttribute('value')).toBe(
        '/tracker/sign-in',
      );
    });
  });

  describe('caching and bad addresses', () => {
    it('answers 304 to the ETag it gave, and a new assessment changes the ETag', async () => {
      for (const url of [
        base(),
        planUrl(),
        `${planUrl()}/commitments/1`,
        `${planUrl()}.json`,
        `${planUrl()}.atom`,
      ]) {
        const first = await get(url);
        const etag = String(first.headers['etag']);
        expect(etag, url).toMatch(/^"[A-Za-z0-9_-]+"$/);
        const again = await get(url, undefined, { 'if-none-match': etag });
        expect(again.status, url).toBe(304);
        expect(again.body, url).toBe('');
      }
      const before = await get(planUrl());
      await put(
        member,
        assessment('3', 'Participatory budgeting in every municipality', 'substantial', 'public'),
        groupId,
      );
      const after = await get(planUrl(), undefined, { 'if-none-match': String(before.headers['etag']) });
      expect(after.status).toBe(200);
      expect(after.body).toContain('Assessed substantial.');
    });

    it('sends a strict policy and no script', async () => {
      const answer = await get(planUrl());
      const csp = String(answer.headers['content-security-policy']);
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain('unsafe');
      const style = documentOf(answer.body).querySelector('style')?.textContent ?? '';
      expect(csp).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    });

    it('answers a malformed or unknown address with 404, never 5xx', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      const urls = [
        '/tracker/groups/nope',
        `/tracker/groups/${unknown}`,
        `/tracker/groups/${groupId}.xml`,
        `/tracker/groups/${groupId}/plans/nope`,
        `/tracker/groups/${groupId}/plans/${unknown}`,
        `/tracker/groups/${groupId}/plans/${plan.id}.atom.json`,
        `${planUrl()}/commitments/0`,
        `${planUrl()}/commitments/99`,
        `${planUrl()}/commitments/1.atom`,
        `${planUrl()}/commitments/-1`,
        `${planUrl()}/commitments/${'9'.repeat(40)}`,
        `/tracker/groups/nope/plans/${plan.id}/commitments/1`,
        `/tracker/groups/%00/plans/%E0%A4%A`,
      ];
      for (const url of urls) {
        const answer = await get(url);
        expect([400, 404], url).toContain(answer.status);
      }
      expect((await get(planUrl(), 'not-a-token')).status).toBe(401);
    });
  });
});
