import type { FastifyInstance } from 'fastify';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from './support/app.ts';
import type { Annotation } from '../../src/core/model/annotation.ts';
import type { SyncRecord } from '../../src/core/sync/protocol.ts';
import { annotation, call, signUp, type Account, MANY_SIGNUPS } from './support/api-client.ts';
import { forEachStore, type OpenStore } from './support/stores.ts';

const HOSTILE = `<script>window.pwned=1</script><img src=x onerror="alert(1)">"'><b>bold</b>&amp;`;

forEachStore('the annotation link page', (kind) => {
  let store: OpenStore;
  let app: FastifyInstance;
  let author: Account;

  beforeAll(async () => {
    store = await kind.open();
    app = await buildApp(store.db, MANY_SIGNUPS);
    author = await signUp(app, 'linker');
  });
  afterAll(async () => {
    await app?.close();
    await store?.dispose();
  });

  async function put(record: Annotation): Promise<SyncRecord> {
    const answer = await call<SyncRecord>(app, 'PUT', `/api/annotations/${record.id}`, {
      token: author.token,
      headers: { 'if-none-match': '*' },
      body: { annotation: record },
    });
    expect(answer.status).toBe(201);
    return answer.body;
  }

  const pageOf = async (id: string, token?: string) => {
    const answer = await call<string>(app, 'GET', `/a/${id}`, { token });
    return { ...answer, document: new JSDOM(answer.body).window.document };
  };

  it('shows a public annotation: title, author, quote, comment, tags and a link to the document', async () => {
    const record = annotation({ visibility: 'public' });
    await put(record);
    const { status, headers, document } = await pageOf(record.id);
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(document.querySelector('h1')?.textContent).toBe('National Action Plan 2025-2027');
    expect(document.querySelector('.meta')?.textContent).toBe(`${author.username}, 2026-01-31`);
    expect(document.querySelector('blockquote')?.textContent).toBe('Open contracting');
    expect(document.querySelector('.comment')?.textContent).toBe('Milestone 1.1 is late.');
    expect([...document.querySelectorAll('.tags li')].map((li) => li.textContent)).toEqual(['procurement']);
    const link = document.querySelector<HTMLAnchorElement>('a[data-testid="document-link"]');
    expect(link?.getAttribute('href')).toBe(record.target.source);
    // What the extension or another tool reads: the id and the document's address.
    const main = document.querySelector('main');
    expect(main?.dataset['annotationId']).toBe(record.id);
    expect(main?.dataset['documentUrl']).toBe(record.target.source);
    expect(document.querySelector('meta[name="plan-annotator:annotation"]')?.getAttribute('content')).toBe(
      record.id,
    );
  });

  it('runs nothing: no script, a policy that allows only its own style by hash', async () => {
    const record = annotation({ visibility: 'public' });
    await put(record);
    const { headers, document, body } = await pageOf(record.id);
    const csp = String(headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain('unsafe');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(document.querySelectorAll('script, iframe, object, embed, img, form')).toHaveLength(0);
    // The hash is of the style block as sent.
    const style = document.querySelector('style')?.textContent ?? '';
    const { createHash } = await import('node:crypto');
    expect(csp).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(body.startsWith('<!doctype html>')).toBe(true);
  });

  it('shows a hostile quote, comment, tag and title as text, and builds no element from them', async () => {
    const record = annotation({
      visibility: 'public',
      target: {
        source: 'https://example.org/plan?a="><script>x</script>',
        selector: [{ type: 'TextQuoteSelector', exact: HOSTILE, prefix: '', suffix: '' }],
      },
      body: { comment: HOSTILE, tags: [`<i>${'x'}</i>`] },
      document: { title: HOSTILE },
    });
    const stored = await put(record);
    const { document, status } = await pageOf(record.id);
    expect(status).toBe(200);
    expect(document.querySelector('blockquote')?.textContent).toBe(HOSTILE);
    expect(document.querySelector('.comment')?.textContent).toBe(HOSTILE);
    expect(document.querySelector('h1')?.textContent).toBe(HOSTILE);
    expect(document.querySelector('.tags li')?.textContent).toBe('<i>x</i>');
    expect(document.querySelector('title')?.textContent).toContain('<script>');
    expect(document.querySelectorAll('script, img, b, i')).toHaveLength(0);
    // Every element is one the page itself writes.
    const tags = new Set([...document.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()));
    const allowed = ['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'h1', 'p', 'time'];
    allowed.push('blockquote', 'ul', 'li', 'a');
    expect([...tags].filter((tag) => !allowed.includes(tag))).toEqual([]);
    const link = document.querySelector('a[data-testid="document-link"]');
    expect(link?.getAttribute('href')).toBe(stored.annotation?.target.source);
  });

  it('gives a PDF annotation its page and no link (a PDF is known by its fingerprint, not an address)', async () => {
    const record = annotation({
      visibility: 'public',
      target: {
        source: `urn:x-pdf:${'ab'.repeat(16)}`,
        selector: [
          { type: 'TextQuoteSelector', exact: 'Open contracting', prefix: '', suffix: '' },
          {
            type: 'FragmentSelector',
            conformsTo: 'http://tools.ietf.org/rfc/rfc3778',
            value: 'page=4',
          },
        ],
      },
    });
    await put(record);
    const { document } = await pageOf(record.id);
    expect(document.querySelector('.meta')?.textContent).toContain('page 4');
    expect(document.querySelector('a')).toBeNull();
    expect(document.querySelector('main')?.dataset['documentUrl']).toBe('');

    // With the address it was read at, the link opens the PDF at its page.
    const addressed = { ...record, id: annotation().id };
    addressed.document = { title: 'Plan', address: 'https://example.org/plan.pdf#page=1' };
    await put(addressed);
    const withAddress = (await pageOf(addressed.id)).document;
    expect(withAddress.querySelector('a[data-testid="document-link"]')?.getAttribute('href')).toBe(
      'https://example.org/plan.pdf#page=4',
    );
  });

  it('refuses a PDF address that is not http or https', async () => {
    const record = annotation({
      visibility: 'public',
      document: { title: 'x', address: 'javascript:alert(1)' },
    });
    const answer = await call<{ error: string }>(app, 'PUT', `/api/annotations/${record.id}`, {
      token: author.token,
      headers: { 'if-none-match': '*' },
      body: { annotation: record },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toContain('document.address');
  });

  it('answers one 404 page for an unknown, a private, a deleted and a hidden annotation', async () => {
    const unknown = await pageOf(annotation().id);
    expect(unknown.status).toBe(404);
    expect(unknown.document.querySelector('h1')?.textContent).toBe('This annotation is not available here');

    const secret = annotation({ visibility: 'private', body: { comment: 'secret words', tags: [] } });
    await put(secret);
    const deleted = annotation({ visibility: 'public', body: { comment: 'gone words', tags: [] } });
    await put(deleted);
    const removal = await call(app, 'DELETE', `/api/annotations/${deleted.id}`, {
      token: author.token,
      headers: { 'if-match': '"1"' },
    });
    expect(removal.status).toBe(200);
    const hidden = annotation({ visibility: 'public', body: { comment: 'hidden words', tags: [] } });
    await put(hidden);
    // The author hides it as a moderator could not (a public annotation with no group): a direct update.
    await store.db.query('update annotations set hidden = true where id = $1', [hidden.id]);

    for (const id of [secret.id, deleted.id, hidden.id]) {
      const answer = await pageOf(id);
      expect(answer.status).toBe(404);
      expect(answer.body).toBe(unknown.body);
      expect(answer.headers['cache-control']).toBe(unknown.headers['cache-control']);
    }
    // The creator, with a token, still reads the private one (and their own hidden one).
    expect((await pageOf(secret.id, author.token)).document.querySelector('.comment')?.textContent).toBe(
      'secret words',
    );
    expect((await pageOf(hidden.id, author.token)).status).toBe(200);
    // A page read with a token is never cached for others.
    expect((await pageOf(secret.id, author.token)).headers['cache-control']).toBe('private, no-store');
  });

  it('refuses an address that is not an annotation id with a 400 that says so, and a bad token with 401', async () => {
    const bad = await call<{ error: string }>(app, 'GET', '/a/not-an-id');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toContain('must be an annotation id');
    const token = await call(app, 'GET', `/a/${annotation().id}`, { token: 'wrong' });
    expect(token.status).toBe(401);
  });

  it('reads an id in capitals as the same annotation', async () => {
    const record = annotation({ visibility: 'public' });
    await put(record);
    expect((await pageOf(record.id.toUpperCase())).status).toBe(200);
  });
});
