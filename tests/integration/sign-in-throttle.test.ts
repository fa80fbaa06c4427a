import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './support/app.ts';
import { FREE_FAILURES_PER_ADDRESS } from '../../server/auth/login-throttle.ts';
import { parseTrustProxy } from '../../server/http/trust-proxy.ts';
import { call, MANY_SIGNUPS } from './support/api-client.ts';
import { forEachStore, type OpenStore } from './support/stores.ts';

describe('--trust-proxy', () => {
  it('takes proxy addresses and ranges, or 0 for none', () => {
    expect(parseTrustProxy('0')).toBe(false);
    expect(parseTrustProxy('10.0.0.5, 10.1.0.0/16,loopback,::1,fd00::/8')).toEqual([
      '10.0.0.5',
      '10.1.0.0/16',
      'loopback',
      '::1',
      'fd00::/8',
    ]);
  });

  it('refuses anything that would let a client name its own address, saying what is wrong', () => {
    // A count of hops, or "all", would believe a header a client connecting directly wrote itself.
    for (const value of ['true', '*', '10.0.0.0/33', 'proxy.example.org']) {
      expect(() => parseTrustProxy(value)).toThrow(`"${value}" is not an address or range`);
    }
    // What TRUST_PROXY=1 meant before (believe everyone) is refused with the way to say it now.
    expect(() => parseTrustProxy('1')).toThrow(
      /takes the proxies' addresses, not a number \("1"\).*loopback for a proxy on this machine$/,
    );
  });
});

forEachStore('sign-in throttling', (kind) => {
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

  const signIn = (target: FastifyInstance, username: string, password: string, ip: string, xff?: string) =>
    call(target, 'POST', '/api/tokens', {
      body: { username, password },
      ip,
      ...(xff ? { headers: { 'x-forwarded-for': xff } } : {}),
    });

  it('slows one address that tries many usernames, and only that address', async () => {
    const owner = { username: 'throttle-owner', password: 'the right one' };
    expect((await call(app, 'POST', '/api/users', { body: owner })).status).toBe(201);
    // A different username each time: the per-username count never passes 1.
    const answers: number[] = [];
    for (let i = 0; answers.at(-1) !== 429 && i < FREE_FAILURES_PER_ADDRESS + 10; i++) {
      answers.push((await signIn(app, `guess-${i}`, 'password1', '10.0.3.1')).status);
    }
    // Every free failure is answered as a wrong password; past them, the lockout comes (the first ones
    // are a second or two, so the attempt that meets one is the next or the one after).
    expect(answers.slice(0, FREE_FAILURES_PER_ADDRESS + 1)).toEqual(
      Array(FREE_FAILURES_PER_ADDRESS + 1).fill(401),
    );
    expect(answers.at(-1)).toBe(429);
    // As after a few more failures: a lockout that cannot run out during the rest of this test.
    await store.db.query(
      `update login_failures_by_address set locked_until = now() + interval '10 minutes' where ip = $1`,
      ['10.0.3.1'],
    );
    // The address waits whatever it tries, even the right password of an account it never guessed at.
    const refused = await signIn(app, owner.username, owner.password, '10.0.3.1');
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({
      error: expect.stringMatching(/^too many failed sign-ins from this address; try again in \d+ s$/),
    });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(500);
    // Another address is not held back.
    expect((await signIn(app, owner.username, owner.password, '10.0.3.2')).status).toBe(201);
  });

  it('does not count right passwords against an address: an office behind one address signs in all day', async () => {
    const person = { username: 'throttle-office', password: 'the right one' };
    expect((await call(app, 'POST', '/api/users', { body: person })).status).toBe(201);
    for (let i = 0; i < FREE_FAILURES_PER_ADDRESS + 5; i++) {
      expect((await signIn(app, person.username, person.password, '10.0.3.5')).status).toBe(201);
    }
    const rows = await store.db.query<{ failures: number }>(
      'select failures from login_failures_by_address where ip = $1',
      ['10.0.3.5'],
    );
    expect(rows).toEqual([{ failures: 0 }]);
  });

  it('counts by the socket address unless a trusted proxy names the client', async () => {
    const counted = async () =>
      (
        await store.db.query<{ ip: string; failures: number }>(
          `select ip, failures from login_failures_by_address where ip like '10.0.4.%' or ip like '203.0.113.%'
            order by ip`,
        )
      ).map((row) => `${row.ip} ${row.failures}`);
    // Not configured: X-Forwarded-For is a header anyone can write; every attempt counts for the peer.
    await signIn(app, 'nobody-1', 'password1', '10.0.4.1', '203.0.113.7');
    await signIn(app, 'nobody-2', 'password1', '10.0.4.1', '203.0.113.8');
    expect(await counted()).toEqual(['10.0.4.1 2']);
    const proxied = await buildApp(store.db, { ...MANY_SIGNUPS, trustProxy: ['10.0.4.2'] });
    try {
      // From the trusted proxy, the address it names; from anyone else, still their own.
      await signIn(proxied, 'nobody-3', 'password1', '10.0.4.2', '203.0.113.9');
      await signIn(proxied, 'nobody-4', 'password1', '10.0.4.2', '198.51.100.1, 203.0.113.9');
      await signIn(proxied, 'nobody-5', 'password1', '10.0.4.3', '203.0.113.9');
      expect(await counted()).toEqual(['10.0.4.1 2', '10.0.4.3 1', '203.0.113.9 2']);
    } finally {
      await proxied.close();
    }
  });
});
