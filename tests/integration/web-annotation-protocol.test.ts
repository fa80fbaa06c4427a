import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './support/app.ts';
import { toW3c, type W3cAnnotation } from '../../server/web-annotation/jsonld.ts';
import { fromW3C } from '../../src/core/export/from-w3c.ts';
import type { W3CSpecificTarget } from '../../src/core/export/w3c-types.ts';
import { annotation, call, signUp, type Account, MANY_SIGNUPS } from './support/api-client.ts';
import { forEachStore, type OpenStore } from './support/stores.ts';

const MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

forEachStore('W3C Web Annotation Protocol container', (kind) => {
  let store: OpenStore;
  let app: FastifyInstance;
  let user: Account;

  beforeAll(async () => {
    store = await kind.open();
    app = await buildApp(store.db, MANY_SIGNUPS);
    user = await signUp(app, 'w3c');
  });
  afterAll(async () => {
    await app?.close();
    await store?.dispose();
  });

  const post = (body: unknown, token = user.token) =>
    app.inject({
      method: 'POST',
      url: '/annotations/',
      headers: { authorization: `Bearer ${token}`, 'content-type': MEDIA_TYPE },
      payload: JSON.stringify(body),
    });

  it('describes the container with LDP headers', async () => {
    const response = await app.inject({ method: 'GET', url: '/annotations/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(MEDIA_TYPE);
    expect(response.headers.link).toContain('<http://www.w3.org/ns/ldp#BasicContainer>; rel="type"');
    expect(response.headers.allow).toBe('GET, POST, HEAD, OPTIONS');
    expect(response.json()).toMatchObject({ type: ['BasicContainer', 'AnnotationCollection'], total: 0 });
    const options = await app.inject({ method: 'OPTIONS', url: '/annotations/' });
    expect(options.headers['accept-post']).toBe(MEDIA_TYPE);
  });

  it('creates with POST, reads with ETag, updates and deletes with If-Match', async () => {
    const source = annotation();
    const created = await post(toW3c(source, 'ignored'));
    expect(created.statusCode).toBe(201);
    const body = created.json() as W3cAnnotation;
    expect(created.headers.location).toBe(body.id);
    expect(body).toMatchObject({ type: 'Annotation', motivation: 'commenting', target: source.target });
    expect(body.body).toEqual([
      { type: 'TextualBody', value: source.body.comment, format: 'text/markdown', purpose: 'commenting' },
      { type: 'TextualBody', value: 'procurement', purpose: 'tagging' },
    ]);
    const path = new URL(body.id).pathname;
    const read = await app.inject({
      method: 'GET',
      url: path,
      headers: { authorization: `Bearer ${user.token}` },
    });
    expect(read.headers.etag).toBe('"1"');
    expect(read.headers['content-type']).toBe(MEDIA_TYPE);
    expect(read.headers.link).toBe('<http://www.w3.org/ns/ldp#Resource>; rel="type"');

    const edited = { ...body, body: [{ type: 'TextualBody', value: 'Edited.', purpose: 'commenting' }] };
    const noMatch = await app.inject({
      method: 'PUT',
      url: path,
      headers: { authorization: `Bearer ${user.token}`, 'content-type': MEDIA_TYPE },
      payload: JSON.stringify(edited),
    });
    expect(noMatch.statusCode).toBe(428);
    const updated = await app.inject({
      method: 'PUT',
      url: path,
      headers: { authorization: `Bearer ${user.token}`, 'content-type': MEDIA_TYPE, 'if-match': '"1"' },
      payload: JSON.stringify(edited),
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.headers.etag).toBe('"2"');
    expect((updated.json() as W3cAnnotation).body).toEqual([
      { type: 'TextualBody', value: 'Edited.', format: 'text/markdown', purpose: 'commenting' },
    ]);
    const stale = await app.inject({
      method: 'DELETE',
      url: path,
      headers: { authorization: `Bearer ${user.token}`, 'if-match': '"1"' },
    });
    expect(stale.statusCode).toBe(412);
    const deleted = await app.inject({
      method: 'DELETE',
      url: path,
      headers: { authorization: `Bearer ${user.token}`, 'if-match': '"2"' },
    });
    expect(deleted.statusCode).toBe(204);
    const gone = await app.inject({
      method: 'GET',
      url: path,
      headers: { authorization: `Bearer ${user.token}` },
    });
    expect(gone.statusCode).toBe(410);
  });

  it('pages through what the caller may read, in AnnotationPages', async () => {
    // A user of its own, so that no other test's annotations change the count.
    const pager = await signUp(app, 'w3c-pager');
    for (let i = 0; i < 55; i++)
      expect((await post(toW3c(annotation(), 'x'), pager.token)).statusCode).toBe(201);
    const container = await call<{ total: number; first: string; last: string }>(
      app,
      'GET',
      '/annotations/',
      {
        token: pager.token,
      },
    );
    expect(container.body.total).toBe(55);
    const first = await call<{ type: string; items: unknown[]; next: string; startIndex: number }>(
      app,
      'GET',
      new URL(container.body.first).pathname + new URL(container.body.first).search,
      { token: pager.token },
    );
    expect(first.body).toMatchObject({ type: 'AnnotationPage', startIndex: 0 });
    expect(first.body.items).toHaveLength(50);
    const second = await call<{ items: unknown[]; prev: string }>(app, 'GET', '/annotations/?page=1', {
      token: pager.token,
    });
    expect(second.body.items).toHaveLength(5);
    expect(second.body.prev).toMatch(/\?page=0$/);
    // Created through the container they are private: someone else sees none of them.
    const other = await signUp(app, 'w3c-other');
    const theirs = await call<{ total: number }>(app, 'GET', '/annotations/', { token: other.token });
    expect(theirs.body.total).toBe(0);
  });

  describe('refusals', () => {
    it('names the field of a bad selector or source', async () => {
      const bad = toW3c(annotation(), 'x');
      const passage = bad.target as W3CSpecificTarget;
      const response = await post({
        ...bad,
        target: { source: 'javascript:alert(1)', selector: passage.selector },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ fields: [{ field: 'body.target.source' }] });
      const selector = await post({
        ...bad,
        target: { ...passage, selector: { type: 'TextPositionSelector', start: 5, end: 2 } },
      });
      expect(selector.statusCode).toBe(400);
      expect(selector.json()).toMatchObject({ error: 'body.target.selector.end: end must be after start' });
    });

    it('needs a token to write', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/annotations/',
        headers: { 'content-type': MEDIA_TYPE },
        payload: JSON.stringify(toW3c(annotation(), 'x')),
      });
      expect(response.statusCode).toBe(401);
    });
  });
  describe('as a third-party protocol client finds it', () => {
    const get = (url: string, token: string, headers: Record<string, string> = {}) =>
      app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}`, ...headers } });

    it('the container and its pages have an ETag and a Content-Location, and answer 304 when unchanged', async () => {
      const reader = await signUp(app, 'w3c-etag');
      const container = await get('/annotations/', reader.token);
      expect(container.statusCode).toBe(200);
      expect(container.headers['content-location']).toBe('http://localhost:80/annotations/');
      const etag = String(container.headers.etag);
      expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
      expect((await get('/annotations/', reader.token, { 'if-none-match': etag })).statusCode).toBe(304);
      const page = await get('/annotations/?page=0', reader.token);
      expect(page.headers['content-location']).toBe('http://localhost:80/annotations/?page=0');
      expect(page.headers.etag).toMatch(/^W\/"/);
      expect(page.headers.etag).not.toBe(etag);
      // Any write to what the reader is listed changes it: a create, an edit, a delete.
      const created = await post(toW3c(annotation(), 'x'), reader.token);
      const afterCreate = String((await get('/annotations/', reader.token)).headers.etag);
      expect(afterCreate).not.toBe(etag);
      const path = new URL((created.json() as W3cAnnotation).id).pathname;
      const edited = await app.inject({
        method: 'PUT',
        url: path,
        headers: { authorization: `Bearer ${reader.token}`, 'content-type': MEDIA_TYPE, 'if-match': '"1"' },
        payload: JSON.stringify({ ...(created.json() as W3cAnnotation), bodyValue: 'Edited.' }),
      });
      expect(edited.statusCode).toBe(200);
      const afterEdit = String((await get('/annotations/', reader.token)).headers.etag);
      expect(afterEdit).not.toBe(afterCreate);
      await app.inject({
        method: 'DELETE',
        url: path,
        headers: { authorization: `Bearer ${reader.token}`, 'if-match': '"2"' },
      });
      const afterDelete = String((await get('/annotations/', reader.token)).headers.etag);
      // Deleted, the listing is again what it was at first (none), and so is its ETag.
      expect(afterDelete).not.toBe(afterEdit);
      expect(afterDelete).toBe(etag);
      // Someone else's listing of the same address is another representation.
      expect((await get('/annotations/', user.token)).headers.etag).not.toBe(afterDelete);
    });

    it('OPTIONS answers 200 with Allow, on the container and on an annotation', async () => {
      const container = await app.inject({ method: 'OPTIONS', url: '/annotations/' });
      expect(container.statusCode).toBe(200);
      expect(container.headers.allow).toBe('GET, POST, HEAD, OPTIONS');
      expect(container.headers['accept-post']).toBe(MEDIA_TYPE);
      expect(container.body).toBe('');
      const created = await post(toW3c(annotation(), 'x'));
      const one = await app.inject({
        method: 'OPTIONS',
        url: new URL((created.json() as W3cAnnotation).id).pathname,
      });
      expect(one.statusCode).toBe(200);
      expect(one.headers.allow).toBe('GET, PUT, DELETE, HEAD, OPTIONS');
    });

    it("keeps the client's canonical IRI unchanged, through create, read, listing and update", async () => {
      const canonical = 'urn:uuid:7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
      const created = await post({ ...toW3c(annotation(), 'https://client.example/anno/1'), canonical });
      expect(created.statusCode).toBe(201);
      const body = created.json() as W3cAnnotation;
      expect(body.canonical).toBe(canonical);
      // The server's own IRI is the id; the canonical one is the client's.
      expect(body.id).toMatch(/^http:\/\/localhost:80\/annotations\/[0-9a-f-]{36}$/);
      const path = new URL(body.id).pathname;
      expect(((await get(path, user.token)).json() as W3cAnnotation).canonical).toBe(canonical);
      const pages = await get('/annotations/?page=0', user.token);
      const listed = (pages.json() as { items: W3cAnnotation[] }).items.find((item) => item.id === body.id);
      expect(listed?.canonical).toBe(canonical);
      // An update that leaves it out keeps it: it names the annotation, whatever the edit.
      const { canonical: _left, ...withoutCanonical } = body;
      const updated = await app.inject({
        method: 'PUT',
        url: path,
        headers: { authorization: `Bearer ${user.token}`, 'content-type': MEDIA_TYPE, 'if-match': '"1"' },
        payload: JSON.stringify({ ...withoutCanonical, bodyValue: 'Edited.' }),
      });
      expect(updated.statusCode).toBe(200);
      expect((updated.json() as W3cAnnotation).canonical).toBe(canonical);
    });

    it('takes a target given as a bare IRI (the whole document): created, read, paged', async () => {
      const noter = await signUp(app, 'w3c-whole');
      const created = await post(
        {
          '@context': 'http://www.w3.org/ns/anno.jsonld',
          type: 'Annotation',
          bodyValue: 'The plan as a whole lacks deadlines.',
          target: 'https://example.org/plan',
        },
        noter.token,
      );
      expect(created.statusCode).toBe(201);
      const body = created.json() as W3cAnnotation;
      expect(body.target).toBe('https://example.org/plan');
      expect(body.body).toEqual([
        {
          type: 'TextualBody',
          value: 'The plan as a whole lacks deadlines.',
          format: 'text/markdown',
          purpose: 'commenting',
        },
      ]);
      const path = new URL(body.id).pathname;
      const read = await get(path, noter.token);
      expect(read.statusCode).toBe(200);
      expect((read.json() as W3cAnnotation).target).toBe('https://example.org/plan');
      const page = await get('/annotations/?page=0', noter.token);
      expect((page.json() as { items: W3cAnnotation[] }).items).toEqual([
        expect.objectContaining({ id: body.id, target: 'https://example.org/plan' }),
      ]);
      // The sync API holds it as a record with no selectors.
      const record = await call<{ annotation: { target: unknown } }>(
        app,
        'GET',
        `/api/annotations/${path.split('/').pop() ?? ''}`,
        { token: noter.token },
      );
      expect(record.body.annotation.target).toEqual({ source: 'https://example.org/plan', selector: [] });
    });

    it('exports a whole-document note of a group as W3C, CSV and Markdown', async () => {
      const owner = await signUp(app, 'w3c-group');
      const group = await call<{ id: string }>(app, 'POST', '/api/groups', {
        token: owner.token,
        body: { name: 'Whole-plan reviewers' },
      });
      const note = annotation({
        visibility: 'group',
        canonical: 'https://client.example/anno/whole',
        target: { source: 'https://example.org/plan', selector: [] },
        body: { comment: 'No deadlines anywhere.', tags: [] },
      });
      const written = await call(app, 'PUT', `/api/annotations/${note.id}`, {
        token: owner.token,
        headers: { 'if-none-match': '*' },
        body: { annotation: note, group: group.body.id },
      });
      expect(written.status).toBe(201);
      const exported = (format: string) =>
        call<string>(app, 'GET', `/api/groups/${group.body.id}/export?format=${format}`, {
          token: owner.token,
        });
      const jsonld = await exported('jsonld');
      expect(jsonld.status).toBe(200);
      const text = typeof jsonld.body === 'string' ? jsonld.body : JSON.stringify(jsonld.body);
      const { records, problems } = fromW3C(JSON.parse(text));
      expect(problems).toEqual([]);
      expect(records).toEqual([note]);
      expect(text).toContain('"target":"https://example.org/plan"');
      const csv = await exported('csv');
      expect(csv.status).toBe(200);
      expect(String(csv.body)).toContain('No deadlines anywhere.');
      const md = await exported('md');
      expect(md.status).toBe(200);
      expect(String(md.body)).toContain('No deadlines anywhere.');
    });

    it('takes a target given as {source} with no selector as a page note, and returns it as the bare IRI', async () => {
      const noter = await signUp(app, 'w3c-source-only');
      const created = await post(
        {
          '@context': 'http://www.w3.org/ns/anno.jsonld',
          type: 'Annotation',
          bodyValue: 'A page note from another client.',
          target: { source: 'https://example.org/plan' },
        },
        noter.token,
      );
      expect(created.statusCode).toBe(201);
      const body = created.json() as W3cAnnotation;
      expect(body.target).toBe('https://example.org/plan');
      const read = await get(new URL(body.id).pathname, noter.token);
      expect(read.statusCode).toBe(200);
      expect((read.json() as W3cAnnotation).target).toBe('https://example.org/plan');
      const record = await call<{ annotation: { target: unknown } }>(
        app,
        'GET',
        `/api/annotations/${new URL(body.id).pathname.split('/').pop() ?? ''}`,
        { token: noter.token },
      );
      expect(record.body.annotation.target).toEqual({ source: 'https://example.org/plan', selector: [] });
    });

    it("reports a group's page notes in their sections, in the order the report keeps", async () => {
      const owner = await signUp(app, 'w3c-sections');
      const group = await call<{ id: string }>(app, 'POST', '/api/groups', {
        token: owner.token,
        body: { name: 'Section readers' },
      });
      const source = 'https://example.org/sections-plan';
      const commitment = { ordinal: 2, label: '2', title: 'Open budgets', linkedBy: 'manual' as const };
      const notes = [
        annotation({ visibility: 'group', target: { ...annotation().target, source } }),
        annotation({
          visibility: 'group',
          target: { source, selector: [] },
          body: { comment: 'On the plan as a whole.', tags: [] },
        }),
        annotation({
          visibility: 'group',
          target: { source, selector: [] },
          body: { comment: 'On commitment 2 as a whole.', tags: [], commitment },
        }),
      ];
      for (const note of notes) {
        const written = await call(app, 'PUT', `/api/annotations/${note.id}`, {
          token: owner.token,
          headers: { 'if-none-match': '*' },
          body: { annotation: note, group: group.body.id },
        });
        expect(written.status).toBe(201);
      }
      const md = await call<string>(app, 'GET', `/api/groups/${group.body.id}/export?format=md`, {
        token: owner.token,
      });
      expect(md.status).toBe(200);
      const report = String(md.body);
      const headings = report.split('\n').filter((line) => line.startsWith('### '));
      expect(headings).toEqual([
        '### Notes on the whole document',
        '### 2: Open budgets',
        '### Other annotations',
      ]);
      expect(report).toContain('#### 1. Note on the whole document');
      expect(report).toContain('#### 1. Note on the whole commitment');
    });

    it('refuses a bare target or a canonical that is not an IRI we keep, naming the field', async () => {
      const base = { type: 'Annotation', bodyValue: 'x' };
      const badTarget = await post({ ...base, target: 'javascript:alert(1)' });
      expect(badTarget.statusCode).toBe(400);
      expect(badTarget.json()).toMatchObject({ fields: [{ field: 'body.target.source' }] });
      const numberTarget = await post({ ...base, target: 42 });
      expect(numberTarget.statusCode).toBe(400);
      expect(numberTarget.json()).toMatchObject({ fields: [{ field: 'body.target.source' }] });
      const badCanonical = await post({
        ...base,
        target: 'https://example.org/plan',
        canonical: 'not an iri',
      });
      expect(badCanonical.statusCode).toBe(400);
      expect(badCanonical.json()).toMatchObject({
        error: 'body.canonical: must be an IRI: a scheme, a colon, then no spaces',
      });
      const cssOnly = await post({
        ...base,
        target: { source: 'https://example.org/plan', selector: { type: 'CssSelector', value: '#a' } },
      });
      expect(cssOnly.statusCode).toBe(400);
    });
  });
});
