import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from './support/app.ts';
import { call, MANY_SIGNUPS } from './support/api-client.ts';
import { forEachStore, type OpenStore } from './support/stores.ts';

const HOSTILE = `<script>window.pwned=1</script>"'><b>bold</b>`;

forEachStore('the invitation link page', (kind) => {
  let store: OpenStore;
  let app: FastifyInstance;

  beforeAll(async () => {
    store = await kind.open();
    app = await buildApp(store.db, MANY_SIGNUPS);
  });
  afterAll(async () => {
    await app?.close();
    await store?.dispose();
  });

  it('explains how to install the extension and join, and runs nothing', async () => {
    const { status, headers, body } = await call<string>(app, 'GET', '/join');
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    const document = new JSDOM(body).window.document;
    expect(document.querySelector('h1')?.textContent).toContain('invited to a group');
    expect(document.querySelectorAll('ol li')).toHaveLength(3);
    expect(document.querySelectorAll('script, iframe, object, embed, img, form, a')).toHaveLength(0);
    const csp = String(headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe');
    const style = document.querySelector('style')?.textContent ?? '';
    expect(csp).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('no-referrer');
  });

  it('says nothing back of the request: not its query, not its host', async () => {
    const plain = await call<string>(app, 'GET', '/join');
    const odd = await call<string>(app, 'GET', `/join?group=${encodeURIComponent(HOSTILE)}`, {
      headers: { host: 'evil.example"><script>x</script>' },
    });
    expect(odd.status).toBe(200);
    expect(odd.body).toBe(plain.body);
    expect(odd.body).not.toContain('<script');
  });

  it('is only the one path: /join/ and below are not found', async () => {
    expect((await call(app, 'GET', '/join/anything')).status).toBe(404);
    expect((await call(app, 'POST', '/join')).status).toBe(404);
  });
});
