import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { toW3c, type W3cAnnotation } from '../../server/web-annotation/jsonld.ts';
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
      const response = await post({
        ...bad,
        target: { source: 'javascript:alert(1)', selector: bad.target.selector },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ fields: [{ field: 'body.target.source' }] });
      const selector = await post({
        ...bad,
        target: { ...bad.target, selector: { type: 'TextPositionSelector', start: 5, end: 2 } },
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
});
