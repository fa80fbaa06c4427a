import { expect, it } from 'vitest';
import { buildApp } from './support/app.ts';
import { VERSION } from '../../server/version.ts';
import { call } from './support/api-client.ts';
import { forEachStore } from './support/stores.ts';

forEachStore('readiness', (kind) => {
  it('is 200 with the version while the database answers, 503 once it does not; health stays 200', async () => {
    const store = await kind.open();
    // On PostgreSQL a connection of its own, so the test database is still dropped afterwards.
    const db = kind.name === 'PostgreSQL' ? await store.openAnother() : store.db;
    const app = await buildApp(db);
    try {
      const ready = await call<{ ready: boolean; version: string }>(app, 'GET', '/api/ready');
      expect(ready.status).toBe(200);
      expect(ready.body).toEqual({ ready: true, version: VERSION });
      expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);

      // The database goes away under a running app.
      await db.close();
      const gone = await call<{ ready: boolean; error: string }>(app, 'GET', '/api/ready');
      expect(gone.status).toBe(503);
      expect(gone.body.ready).toBe(false);
      expect(gone.body.error).toMatch(/database/);
      expect((await call(app, 'GET', '/api/health')).status).toBe(200);
    } finally {
      await app.close().catch(() => undefined);
      await store.dispose().catch(() => undefined);
    }
  });
});
