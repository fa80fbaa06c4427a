/**
 * The package as an operator installs it: `npm pack`, then `npm install --omit=dev <tarball>` into an
 * empty folder (runtime dependencies only, no tsx, no TypeScript), then its `plan-annotator` runs
 * `serve` (answering the readiness check), `inspect` and `export` from the built JavaScript.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, ROOT, startServeProcess, type ServerProcess } from './support/server-process.ts';

const run = promisify(execFile);
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the packed package, installed with its runtime dependencies only', () => {
  let work = '';
  let server: ServerProcess | null = null;
  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('serves (ready), inspects and exports without any dev dependency', { timeout: 300_000 }, async () => {
    work = await mkdtemp(join(tmpdir(), 'pa-package-'));
    // `prepack` builds dist-node/ first.
    await run(NPM, ['pack', '--pack-destination', work], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    const tarball = (await readdir(work)).find((name) => name.endsWith('.tgz'));
    expect(tarball).toBeDefined();

    const app = join(work, 'app');
    await run('mkdir', ['-p', app]);
    await writeFile(join(app, 'package.json'), '{"private":true}\n');
    await run(
      NPM,
      ['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', join(work, tarball as string)],
      { cwd: app, maxBuffer: 16 * 1024 * 1024 },
    );
    const installed = await readdir(join(app, 'node_modules'));
    // What development needs is not there, so nothing can have run through it.
    for (const devOnly of ['tsx', 'typescript', 'esbuild', 'vitest'])
      expect(installed).not.toContain(devOnly);
    const packaged = await readdir(join(app, 'node_modules', 'plan-annotator'));
    expect(packaged).not.toContain('tests');
    expect(packaged).not.toContain('src');
    const bin = join(app, 'node_modules', '.bin', 'plan-annotator');

    server = await startServeProcess(
      [bin],
      ['--port', String(await freePort()), '--data', join(work, 'data')],
      { cwd: app },
    );
    const ready = await fetch(`${server.url}/api/ready`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { ready: boolean; version: string };
    expect(body.ready).toBe(true);
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);

    // export: a group's annotations from the running server.
    const credentials = { username: 'packaged', password: 'installed from a tarball' };
    const post = (path: string, payload: unknown, token?: string) =>
      fetch(`${server?.url}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(payload),
      });
    expect((await post('/api/users', credentials)).status).toBe(201);
    const { token } = (await (await post('/api/tokens', credentials)).json()) as { token: string };
    const group = (await (await post('/api/groups', { name: 'Packaged' }, token)).json()) as { id: string };
    const exported = await run(
      bin,
      ['export', '--server', server.url, '--group', group.id, '--format', 'csv', '--token', token],
      { cwd: app },
    );
    expect(exported.stdout.split('\n')[0]).toMatch(/^\uFEFF?[a-z_]+,/i);

    // inspect: a page read from a file, with the English reasons from the packaged messages.
    const page = join(work, 'plan.html');
    await writeFile(
      page,
      '<!doctype html><html lang="en"><head><title>Fifth National Action Plan for Open Government</title></head>' +
        '<body><h1>Fifth National Action Plan for Open Government</h1><h2>Commitment 1: Open contracting</h2>' +
        '<p>Lead agency: Ministry of Finance. Milestones: publish all contracts by June 2027.</p></body></html>',
    );
    const inspected = await run(bin, ['inspect', page], { cwd: app });
    expect(inspected.stdout).toMatch(/kind:/);
    expect(inspected.stdout).toMatch(/language:\s+en/);
  });
});
