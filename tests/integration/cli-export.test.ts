import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from './support/app.ts';
import { fromW3C } from '../../src/core/export/from-w3c.ts';
import type { Annotation } from '../../src/core/model/annotation.ts';
import { ASSESSED, COMMITMENT_COMMENT, UNSUPPORTED } from '../unit/export/sample-records.ts';
import { call, signUp, type Account, MANY_SIGNUPS } from './support/api-client.ts';
import { forEachStore, type OpenStore } from './support/stores.ts';

const REPO = resolve(import.meta.dirname, '../..');
/** Each run starts Node and tsx: seconds on a busy machine. */
const TIMEOUT = 60_000;

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** The command line as a user runs it: a child process of `bin/plan-annotator.js`. */
function cli(args: string[], env: Record<string, string> = {}): Promise<Outcome> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['bin/plan-annotator.js', 'export', ...args],
      { cwd: REPO, env: { ...process.env, PLAN_ANNOTATOR_TOKEN: '', ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

forEachStore('plan-annotator export', (kind) => {
  let store: OpenStore;
  let app: FastifyInstance;
  let server = '';
  let owner: Account;
  let outsider: Account;
  let groupId = '';
  let dir = '';
  const records: Annotation[] = [ASSESSED, UNSUPPORTED, { ...COMMITMENT_COMMENT, visibility: 'public' }];

  beforeAll(async () => {
    store = await kind.open();
    app = await buildApp(store.db, MANY_SIGNUPS);
    // A real socket: the command line reaches the server over HTTP like any client.
    server = (await app.listen({ port: 0, host: '127.0.0.1' })).replace('localhost', '127.0.0.1');
    owner = await signUp(app, 'cli-owner');
    outsider = await signUp(app, 'cli-outsider');
    const group = await call<{ id: string }>(app, 'POST', '/api/groups', {
      token: owner.token,
      body: { name: 'CLI reviewers' },
    });
    groupId = group.body.id;
    for (const record of records) {
      const answer = await call(app, 'PUT', `/api/annotations/${record.id}`, {
        token: owner.token,
        headers: { 'if-none-match': '*' },
        body: { annotation: record, group: groupId },
      });
      if (answer.status !== 201) throw new Error(`create failed: ${answer.status}`);
    }
    dir = mkdtempSync(join(tmpdir(), 'pa-cli-export-'));
  });
  afterAll(async () => {
    await app?.close();
    await store?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes JSON-LD to stdout that imports back to the group', { timeout: TIMEOUT }, async () => {
    const run = await cli([
      '--server',
      server,
      '--group',
      groupId,
      '--format',
      'jsonld',
      '--token',
      owner.token,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const byId = (a: Annotation, b: Annotation) => a.id.localeCompare(b.id);
    expect(fromW3C(JSON.parse(run.stdout)).records.sort(byId)).toEqual([...records].sort(byId));
  });

  it('takes the token from PLAN_ANNOTATOR_TOKEN and writes CSV to --out', { timeout: TIMEOUT }, async () => {
    const out = join(dir, 'group.csv');
    const run = await cli(['--server', `${server}/`, '--group', groupId, '--format', 'csv', '--out', out], {
      PLAN_ANNOTATOR_TOKEN: owner.token,
    });
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    const rows = parse(readFileSync(out, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id).sort()).toEqual(records.map((r) => r.id).sort());
    expect(existsSync(`${out}.part`)).toBe(false);
  });

  it('writes the Markdown report, the same as the server sends', { timeout: TIMEOUT }, async () => {
    const run = await cli(['--server', server, '--group', groupId, '--format', 'md', '--token', owner.token]);
    expect(run.code).toBe(0);
    const direct = await call<string>(app, 'GET', `/api/groups/${groupId}/export?format=md`, {
      token: owner.token,
    });
    expect(run.stdout).toBe(direct.body);
    expect(run.stdout).toContain('# CLI reviewers: annotations');
  });

  it(
    'says plainly on stderr why the server refused, and exits 1, leaving no file',
    { timeout: TIMEOUT },
    async () => {
      const out = join(dir, 'refused.md');
      const run = await cli([
        '--server',
        server,
        '--group',
        groupId,
        '--format',
        'md',
        '--token',
        outsider.token,
        '--out',
        out,
      ]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        'plan-annotator export: the server refused the export (404): the group was not found, or you are not one of its members\n',
      );
      expect(existsSync(out)).toBe(false);
      expect(existsSync(`${out}.part`)).toBe(false);
      const badToken = await cli([
        '--server',
        server,
        '--group',
        groupId,
        '--format',
        'md',
        '--token',
        'nope',
      ]);
      expect(badToken.code).toBe(1);
      expect(badToken.stderr).toMatch(/refused the export \(401\): the token is not valid/);
    },
  );

  it(
    'refuses bad arguments with the usage and exit 2, and an unreachable server with exit 1',
    { timeout: TIMEOUT },
    async () => {
      const format = await cli(['--server', server, '--group', groupId, '--format', 'xml', '--token', 't']);
      expect(format.code).toBe(2);
      expect(format.stderr).toMatch(
        /^plan-annotator export: --format must be jsonld, csv or md, not "xml"\n\nUsage:/,
      );
      const token = await cli(['--server', server, '--group', groupId, '--format', 'csv']);
      expect(token.code).toBe(2);
      expect(token.stderr).toMatch(/no token: pass --token or set PLAN_ANNOTATOR_TOKEN/);
      const missing = await cli(['--format', 'csv', '--token', 't']);
      expect(missing.stderr).toMatch(/missing --server, --group/);
      const scheme = await cli([
        '--server',
        'file:///etc',
        '--group',
        groupId,
        '--format',
        'csv',
        '--token',
        't',
      ]);
      expect(scheme.code).toBe(2);
      // Port 9 (discard) on the loopback: nothing listens there in a test environment.
      const down = await cli([
        '--server',
        'http://127.0.0.1:9',
        '--group',
        groupId,
        '--format',
        'csv',
        '--token',
        't',
      ]);
      expect(down.code).toBe(1);
      expect(down.stderr).toMatch(/^plan-annotator export: could not reach http:\/\/127\.0\.0\.1:9: /);
    },
  );
});
