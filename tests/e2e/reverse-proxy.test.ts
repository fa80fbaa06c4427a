import { request as httpsRequest } from 'node:https';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { signUp, startAnnotating } from './support/accounts.ts';
import { STORES, type OpenStore } from '../integration/support/stores.ts';
import {
  databaseUrlOf,
  NGINX,
  nginxAvailable,
  startBehindNginx,
  type ProxiedInstances,
} from '../support/reverse-proxy.ts';
import { requireCondition } from '../support/require-env.ts';
import { FixtureServer } from './support/fixture-server.ts';
import { describeInBrowsers, launch, tid, type Driver } from './support/driver.ts';

const ONE = 'one.sync.example.org';
const TWO = 'two.sync.example.org';
const QUOTE = 'publish every contract for public works above 50,000 euros';
const CARD = tid('annotation-card');
const SOON = { timeout: 15_000, interval: 100 };

const postgres = STORES[1] as (typeof STORES)[number];
const nginxHere = requireCondition(
  'nginx',
  nginxAvailable(),
  `${NGINX} is missing (apt-get install nginx-light)`,
);

/**
 * Two people, each in a Chromium profile of their own with the real extension, on one sync service as
 * an operator runs it (server/README.md): nginx with TLS in front of two `serve` instances on one
 * PostgreSQL. Each profile reaches its own instance by its own host name (both on one nginx port, told
 * apart by name), over https with a certificate made for the test that Chromium trusts by its key alone.
 * Alice's group comment, written through instance one, reaches Bob's open sidebar through instance two by
 * the server's live event, without a sync being asked for.
 */
describeInBrowsers(
  'through nginx with TLS, two instances on one PostgreSQL',
  (browser) => {
    let store: OpenStore;
    let proxy: ProxiedInstances;
    let pages: FixtureServer;
    let alice: Driver;
    let bob: Driver;
    let viaOne = '';
    let viaTwo = '';

    /** Resolves once nginx answers for `name` and the instance behind it is ready. */
    async function ready(name: string, port: number): Promise<void> {
      const status = () =>
        new Promise<number>((resolve) => {
          const req = httpsRequest(
            {
              host: '127.0.0.1',
              port,
              path: '/api/ready',
              servername: name,
              headers: { host: name },
              ca: proxy.certificate,
            },
            (res) => {
              res.resume();
              resolve(res.statusCode ?? 0);
            },
          );
          req.on('error', () => resolve(0));
          req.end();
        });
      for (let attempt = 0; (await status()) !== 200; attempt++) {
        if (attempt > 200) throw new Error(`nginx did not answer for ${name}: ${await proxy.errorLog()}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }

    beforeAll(async () => {
      store = await postgres.open();
      proxy = await startBehindNginx({
        databaseUrl: await databaseUrlOf(store),
        serverNames: [ONE, TWO],
        sharedPort: true,
      });
      const port = proxy.ports[0] as number;
      viaOne = `https://${ONE}:${port}`;
      viaTwo = `https://${TWO}:${port}`;
      await ready(ONE, port);
      await ready(TWO, port);
      pages = await new FixtureServer().start();
      // Each profile resolves only its own name, and the user allowed the extension that server's origin.
      alice = await launch(browser, { hosts: [ONE], sites: [viaOne], trustedKeys: [proxy.spki] });
      bob = await launch(browser, { hosts: [TWO], sites: [viaTwo], trustedKeys: [proxy.spki] });
    }, 120_000);

    afterAll(async () => {
      await alice?.close();
      await bob?.close();
      await pages?.stop();
      await proxy?.dispose();
      await store?.dispose();
    });

    const annotate = (driver: Driver) => startAnnotating(driver, `${pages.origin}/plan.html`);

    test('each profile signs up through its own instance, over https, and they meet in one group', async () => {
      // The browser itself takes the certificate, for the name it was made for: a page of the server loads.
      const direct = await alice.newPage(`${viaOne}/api/ready`);
      expect(await direct.text('body')).toContain('"ready":true');
      await direct.close();

      const aliceSettings = await signUp(alice, viaOne, 'alice');
      await aliceSettings.fill(tid('settings-group-name'), 'Procurement reviewers');
      await aliceSettings.click(tid('settings-group-create'));
      const newInvitation = () => aliceSettings.attribute(tid('settings-new-invitation'), 'value');
      await expect.poll(async () => (await newInvitation()) ?? '', SOON).toMatch(/\./);
      const invitation = (await newInvitation()) ?? '';
      await aliceSettings.click(tid('settings-visibility-group'));
      await expect
        .poll(() => aliceSettings.attribute(tid('settings-visibility-group'), 'checked'))
        .toBe('true');

      const bobSettings = await signUp(bob, viaTwo, 'bob');
      await bobSettings.fill(tid('settings-join-invitation'), invitation);
      await bobSettings.click(tid('settings-join'));
      await expect
        .poll(() => bobSettings.text(tid('settings-joined')), SOON)
        .toBe('You joined Procurement reviewers.');

      // Each sign-up went through its own server block, so to its own instance.
      expect(await proxy.requests(0)).toContain('POST /api/users');
      expect(await proxy.requests(1)).toContain('POST /api/users');
      expect((await proxy.requests(0)).filter((line) => line === 'POST /api/users')).toHaveLength(1);
      expect((await proxy.requests(1)).filter((line) => line === 'POST /api/users')).toHaveLength(1);
    });

    test("Alice's group comment, written through instance one, reaches Bob's open sidebar through instance two", async () => {
      const { page: alicePage, sidebar: aliceSidebar } = await annotate(alice);
      const { sidebar: bobSidebar } = await annotate(bob);
      await alicePage.selectText(QUOTE);
      await alicePage.clickInClosedShadow('plan-annotator', 'button[data-action="comment"]');
      await aliceSidebar.waitFor(tid('editor'));
      await aliceSidebar.fill(tid('editor-comment'), 'Which law sets the threshold?');
      await aliceSidebar.click(tid('editor-save'));
      await expect.poll(() => aliceSidebar.count(CARD), SOON).toBe(1);

      // Well before the 30-second alarm: the event from instance two is what tells Bob's background to pull.
      await expect.poll(() => bobSidebar.count(CARD), { timeout: 20_000, interval: 100 }).toBe(1);
      expect(await bobSidebar.text(`${CARD} ${tid('card-comment')}`)).toContain(
        'Which law sets the threshold?',
      );
      // The write went only to instance one; Bob pulled it from instance two.
      const one = await proxy.requests(0);
      const two = await proxy.requests(1);
      expect(one).toContain('POST /api/annotations/batch');
      expect(two).not.toContain('POST /api/annotations/batch');
      expect(two.some((line) => line.startsWith('GET /api/changes'))).toBe(true);
    });
  },
  { browsers: ['chromium'], skip: !(nginxHere && postgres.available) },
);
