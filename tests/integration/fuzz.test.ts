import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from './support/app.ts';
import { toW3c } from '../../server/web-annotation/jsonld.ts';
import { annotation, create, planShare, signUp, type Account, MANY_SIGNUPS } from './support/api-client.ts';
import { forEachStore, type OpenStore } from './support/stores.ts';

/** Fixed, so that a failure replays exactly; printed with every failing request. */
const SEED = 0x5eed_2026;
const REQUESTS = 2500;

/** mulberry32: small, fast, and the same sequence on every platform. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const NASTY_STRINGS = [
  '',
  ' ',
  'javascript:alert(1)',
  'data:text/html,x',
  'http://',
  'https://exa mple.org/',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udc00x',
  '😀'.repeat(50),
  '\u202e',
  '<script>alert(1)</script>',
  "'; drop table annotations; --",
  '$1',
  '9'.repeat(40),
  '-1',
  '1e309',
  'x'.repeat(70_000),
  '__proto__',
  'constructor',
  '2026-13-45T99:99:99Z',
  '"1"',
  'W/"1"',
  '*',
];

const NASTY_NUMBERS = [0, -1, 1.5, 2 ** 31, 2 ** 53, -(2 ** 63), Number.MAX_VALUE, 1e-300];

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

function randomValue(random: () => number, depth = 0): Json {
  const roll = random();
  if (roll < 0.25) return pick(random, NASTY_STRINGS);
  if (roll < 0.4) return pick(random, NASTY_NUMBERS);
  if (roll < 0.5) return random() < 0.5;
  if (roll < 0.55) return null;
  if (roll < 0.75 && depth < 4)
    return Array.from({ length: Math.floor(random() * 4) }, () => randomValue(random, depth + 1));
  if (depth < 4) {
    const object: Record<string, Json> = {};
    for (let i = Math.floor(random() * 4); i > 0; i--)
      object[pick(random, ['id', 'type', 'x', 'annotation', 'group', 'role', 'start'])] = randomValue(
        random,
        depth + 1,
      );
    return object;
  }
  return 'deep';
}

/** A valid value with one part broken: removed, retyped, replaced by something nasty, or an extra field. */
function mutate(random: () => number, value: Json, depth = 0): Json {
  if (value === null || typeof value !== 'object' || depth > 6 || random() < 0.2) return randomValue(random);
  const copy: Json = Array.isArray(value) ? [...value] : { ...value };
  const keys = Object.keys(copy);
  const roll = random();
  if (keys.length === 0 || roll < 0.1) {
    if (Array.isArray(copy)) copy.push(randomValue(random));
    else copy[pick(random, ['extra', '__proto__', 'constructor', 'prototype', ''])] = randomValue(random);
    return copy;
  }
  const key = pick(random, keys);
  if (Array.isArray(copy)) {
    const index = Number(key);
    if (roll < 0.25) copy.splice(index, 1);
    else copy[index] = mutate(random, copy[index] ?? null, depth + 1);
  } else if (roll < 0.25) {
    return Object.fromEntries(Object.entries(copy).filter(([k]) => k !== key));
  } else {
    copy[key] = mutate(random, copy[key] ?? null, depth + 1);
  }
  return copy;
}

function deepNesting(levels: number): string {
  return '['.repeat(levels) + ']'.repeat(levels);
}

forEachStore('fuzz', (kind) => {
  let store: OpenStore;
  let app: FastifyInstance;
  let user: Account;
  let existing = '';
  let groupId = '';

  beforeAll(async () => {
    store = await kind.open();
    app = await buildApp(store.db, MANY_SIGNUPS);
    user = await signUp(app, 'fuzz');
    existing = (await create(app, user, 'public')).id;
    const response = await app.inject({
      method: 'POST',
      url: '/api/groups',
      headers: { authorization: `Bearer ${user.token}` },
      payload: { name: 'fuzz' },
    });
    groupId = (response.json() as { id: string }).id;
  });
  afterAll(async () => {
    await app?.close();
    await store?.dispose();
  });

  it(`answers ${REQUESTS} malformed requests (seed ${SEED}) with a 4xx and a message, never a 5xx`, async () => {
    const random = prng(SEED);
    const ids = () =>
      pick(random, [
        existing,
        annotation().id,
        'not-a-uuid',
        '%00',
        '..%2f..%2fetc',
        '%E0%A4%A',
        'x'.repeat(3000),
      ]);
    const bodies: (() => Json)[] = [
      () => ({ annotation: annotation({ id: existing }), group: groupId }),
      () => ({ username: 'fuzzer', password: 'password123' }),
      () => ({ name: 'group' }),
      () => ({ inviteCode: 'abc' }),
      () => ({ role: 'owner' }),
      () => ({ hidden: true }),
      () => ({ hidden: true, reason: 'off topic' }),
      () => ({ reason: 'spam' }),
      () => planShare() as unknown as Json,
      () => toW3c(annotation(), 'http://localhost/annotations/x') as unknown as Json,
      // A note on the whole document, as a W3C client sends one: a bare IRI target and a canonical IRI.
      () => ({
        type: 'Annotation',
        canonical: 'urn:uuid:7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
        bodyValue: 'Whole plan.',
        target: ['https://example.org/plan', { id: 'https://example.org/plan', type: 'Text' }],
      }),
    ];
    const routes: (() => [string, string])[] = [
      () => ['PUT', `/api/annotations/${ids()}`],
      () => ['GET', `/api/annotations/${ids()}`],
      // An annotation's link page, for a browser: any method but GET and HEAD has no route.
      () => [pick(random, ['GET', 'GET', 'HEAD', 'POST']), `/a/${ids()}`],
      () => ['DELETE', `/api/annotations/${ids()}`],
      () => ['PUT', `/api/annotations/${ids()}/hidden`],
      () => [pick(random, ['POST', 'DELETE', 'GET']), `/api/annotations/${ids()}/flag`],
      () => ['GET', `/api/groups/${pick(random, [groupId, ids()])}/flags`],
      () => ['POST', '/api/users'],
      () => ['POST', '/api/tokens'],
      () => ['POST', '/api/groups'],
      () => ['POST', `/api/groups/${pick(random, [groupId, 'nope'])}/members`],
      () => ['PATCH', `/api/groups/${groupId}/members/${pick(random, [user.id, ids()])}`],
      () => ['DELETE', `/api/groups/${pick(random, [groupId, ids()])}/members/${ids()}`],
      () => [
        'GET',
        `/api/changes?${pick(random, ['since=-1', 'since=abc', `since=${'9'.repeat(30)}`, 'limit=0', 'limit=1e3', 'limit=99999', 'since=1&since=2', 'other=1', 'since=%00', 'limit='])}`,
      ],
      () => [
        pick(random, ['GET', 'PUT']),
        `/api/groups/${pick(random, [groupId, ids()])}/plans/${pick(random, [planShare().id, ids()])}`,
      ],
      () => ['GET', `/api/groups/${pick(random, [groupId, ids()])}/plans`],
      () => [
        'GET',
        `/api/groups/${pick(random, [groupId, ids()])}/search?${pick(random, ['q=', 'q=%20', 'q=%00', 'q=%E0%A4%A', `q=${'x'.repeat(300)}`, "q='%3A*%20%26%20!", 'q=a&q=b', 'q=a&limit=0', 'q=a&limit=1e2', 'q=a&limit=999', 'q=(%7C)', 'q=%5C', 'limit=5', 'q=plan&other=1', `q=${encodeURIComponent('😀'.repeat(50))}`])}`,
      ],
      () => [
        'GET',
        `/api/groups/${pick(random, [groupId, ids(), 'nope'])}/activity${pick(random, ['', '?limit=0', '?limit=1e2', '?limit=51', '?limit=-1', '?limit=%00', '?limit=5&limit=6', '?other=1', '?limit=', `?limit=${'9'.repeat(40)}`])}`,
      ],
      () => [
        pick(random, ['GET', 'HEAD', 'POST']),
        `/join${pick(random, ['', '?x=%00', '/', '/x', '?%E0%A4%A'])}`,
      ],
      // The tracker's pages and data: GET and HEAD only; anything that shows nothing is its one 404 page.
      () => [
        pick(random, ['GET', 'GET', 'HEAD', 'POST']),
        `/tracker/groups/${pick(random, [groupId, ids()])}${pick(random, ['', '.json', '.csv', '.atom', '.xml', '.'])}`,
      ],
      () => [
        pick(random, ['GET', 'HEAD']),
        `/tracker/groups/${pick(random, [groupId, ids()])}/plans/${pick(random, [planShare().id, ids()])}${pick(random, ['', '.json', '.csv', '.atom', '.json.csv'])}`,
      ],
      () => [
        'GET',
        `/tracker/groups/${groupId}/plans/${pick(random, [planShare().id, ids()])}/commitments/${pick(random, ['1', '0', '-1', '1.json', '1.atom', 'x', '9'.repeat(30), '%00', ids()])}`,
      ],
      () => [pick(random, ['POST', 'GET']), pick(random, ['/tracker/sign-in', '/tracker/sign-out'])],
      () => ['POST', '/annotations/'],
      () => [pick(random, ['GET', 'PUT', 'DELETE']), `/annotations/${ids()}`],
      () => ['GET', `/annotations/?page=${pick(random, ['-1', 'x', '0', '99999999999', '1e2'])}`],
      () => [pick(random, ['GET', 'OPTIONS']), pick(random, ['/annotations/', '/annotations/?page=0'])],
      () => [
        pick(random, ['PATCH', 'POST', 'OPTIONS', 'PUT']),
        pick(random, ['/api/me', '/api/changes', '/api/nothing', '/']),
      ],
    ];
    const statuses = new Map<number, number>();
    for (let i = 0; i < REQUESTS; i++) {
      const [method, url] = pick(random, routes)();
      const headers: Record<string, string> = {};
      const auth = random();
      if (auth < 0.6) headers.authorization = `Bearer ${user.token}`;
      else if (auth < 0.75)
        headers.authorization = pick(random, [
          'Bearer ',
          'Bearer x',
          'Basic Zm9vOmJhcg==',
          `Bearer ${'A'.repeat(500)}`,
          'bearer',
        ]);
      const precondition = random();
      if (precondition < 0.3)
        headers['if-match'] = pick(random, ['"1"', '"0"', '"99999999999"', 'W/"1"', '*', '', '"-1"', '1']);
      else if (precondition < 0.5)
        headers['if-none-match'] = pick(random, ['*', '"1"', 'x', 'W/"x", "1"', ',,']);
      let payload: string | undefined;
      const shape = random();
      const body = pick(random, bodies)();
      if (shape < 0.6) payload = JSON.stringify(mutate(random, body));
      else if (shape < 0.7) payload = JSON.stringify(body).slice(0, Math.floor(random() * 40));
      else if (shape < 0.75) payload = deepNesting(200 + Math.floor(random() * 5000));
      else if (shape < 0.8)
        payload = pick(random, [
          'null',
          '[]',
          '"x"',
          '1',
          'true',
          '{"__proto__":{"x":1}}',
          '{"constructor":{"prototype":{}}}',
        ]);
      else if (shape < 0.85)
        payload = String.fromCharCode(...Array.from({ length: 64 }, () => Math.floor(random() * 256)));
      else if (shape < 0.9) payload = JSON.stringify(randomValue(random));
      const type = random();
      if (payload !== undefined) {
        headers['content-type'] =
          type < 0.8
            ? 'application/json'
            : pick(random, [
                'text/plain',
                'application/x-www-form-urlencoded',
                'application/json; charset=latin1',
                'multipart/form-data; boundary=x',
                'application/ld+json',
              ]);
      }
      const response = await app.inject({
        method: method as 'GET',
        url,
        headers,
        ...(payload === undefined ? {} : { payload }),
      });
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      const context = `#${i} ${method} ${url.slice(0, 80)} ${JSON.stringify(headers).slice(0, 200)} ${payload?.slice(0, 200)}\n-> ${response.statusCode} ${response.body.slice(0, 300)}`;
      expect(response.statusCode, context).toBeLessThan(500);
      if (response.statusCode >= 400 && String(response.headers['content-type']).startsWith('text/html')) {
        // Only the link page and the tracker answer HTML: each its one "not available" page.
        expect(url.startsWith('/a/') || url.startsWith('/tracker/'), context).toBe(true);
        // The tracker's sign-in form answers a refused form with the form again and its reason.
        if (url.startsWith('/tracker/sign-')) {
          expect(response.body, context).toContain('sign-in-form');
          continue;
        }
        expect(response.statusCode, context).toBe(404);
        if (method === 'GET')
          expect(response.body, context).toContain(
            url.startsWith('/a/') ? 'This annotation is not available here' : 'This page is not available',
          );
      } else if (response.statusCode >= 400 && method !== 'HEAD') {
        const body = response.json() as { error?: unknown };
        expect(typeof body.error, context).toBe('string');
      }
    }
    const refused = [...statuses].filter(([status]) => status >= 400).reduce((n, [, count]) => n + count, 0);
    // Malformed is the point: most requests must have been refused, else the fuzzer tests too little.
    expect(refused).toBeGreaterThan(REQUESTS * 0.8);
  });

  it('refuses an oversized body with 413 and says the limit', async () => {
    const response = await app.inject({
      method: 'PUT',
      url: `/api/annotations/${existing}`,
      headers: {
        authorization: `Bearer ${user.token}`,
        'content-type': 'application/json',
        'if-match': '"1"',
      },
      payload: JSON.stringify({
        annotation: { ...annotation(), body: { comment: 'x'.repeat(300_000), tags: [] } },
      }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({ error: 'the body is larger than 256 KB' });
  });

  it('refuses text the database cannot store with a 400 naming the field', async () => {
    const record = annotation({ body: { comment: 'a\u0000b', tags: [] } });
    const response = await app.inject({
      method: 'PUT',
      url: `/api/annotations/${record.id}`,
      headers: { authorization: `Bearer ${user.token}`, 'if-none-match': '*' },
      payload: { annotation: record },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'body.annotation.body.comment: holds a NUL character' });
  });
});
