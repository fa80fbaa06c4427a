/**
 * The whole-run log scan of the integration project (tests/support/log-scan.ts) finds a secret when a log
 * line holds one: it can fail, so its passing means something.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkRun } from '../../integration/support/log-scan-setup.ts';
import {
  RUN_RECORD_DIR,
  recordAnswer,
  recordRequest,
  serverLogSink,
  serverName,
} from '../../integration/support/run-record.ts';
import {
  MAX_RECORDED_LENGTH,
  describeScan,
  scanLog,
  secretsIn,
  secretsInHeaders,
  secretsInUrl,
  worthScanning,
} from '../../support/log-scan.ts';

const requestLine = (reqId: string, route: string) =>
  JSON.stringify({ level: 30, pid: 1, reqId, method: 'PUT', route, status: 201, ms: 2.5, msg: 'request' });

describe('the run log scan', () => {
  const comment = 'Milestone 2.3 slipped a whole year';
  const body = {
    annotation: {
      motivation: 'assessing',
      target: {
        source: 'https://example.org/plan',
        selector: [
          { type: 'TextQuoteSelector', exact: 'open contracting data', prefix: 'We publish ', suffix: '' },
        ],
      },
      body: {
        comment,
        tags: ['procurement', 'late'],
        evidence: [{ url: 'https://example.org/report', title: 'Independent report 2026', kind: 'report' }],
      },
      document: { title: 'National Action Plan' },
    },
    group: null,
  };

  it('takes passwords, tokens, invite codes and annotation text from bodies, headers and queries', () => {
    expect(secretsIn(body).sort()).toEqual(
      [
        comment,
        'open contracting data',
        'We publish ',
        '',
        'procurement',
        'late',
        'Independent report 2026',
      ].sort(),
    );
    expect(secretsIn({ username: 'ana', password: 'correct horse battery' })).toEqual([
      'correct horse battery',
    ]);
    expect(secretsIn({ token: 'pa_abcdefghijkl', inviteCode: 'INVITE-1234' })).toEqual([
      'pa_abcdefghijkl',
      'INVITE-1234',
    ]);
    // A W3C annotation's comment and tag.
    expect(
      secretsIn({ body: [{ type: 'TextualBody', value: 'a W3C comment', purpose: 'commenting' }] }),
    ).toEqual(['a W3C comment']);
    expect(
      secretsInHeaders({ Authorization: 'Bearer pa_secret_token', cookie: 'session=abc123456; x=y' }),
    ).toEqual(['pa_secret_token', 'abc123456', 'y']);
    expect(secretsInUrl('/api/changes?since=0&access_token=pa_in_query')).toEqual(['pa_in_query']);
  });

  it('walks a body nested thousands deep, as the fuzz test sends', () => {
    let deep: unknown = { comment: 'at the very bottom' };
    for (let i = 0; i < 20_000; i++) deep = i % 2 ? [deep] : { x: deep };
    expect(secretsIn(deep)).toEqual(['at the very bottom']);
  });

  it('reports each line that holds a secret, with its server', () => {
    const secrets = worthScanning(secretsIn(body));
    const log = [
      `app-1-1 ${requestLine('a1', '/api/annotations/:id')}`,
      `serve-1-2 ${JSON.stringify({ level: 50, msg: 'failed', err: { message: `bad row: ${comment}` } })}`,
      `serve-1-2 ${requestLine('a2', '/api/annotations/batch')}`,
      'serve-1-2 Sync server listening on http://127.0.0.1:8787 (PGlite in /tmp/x)',
      `app-1-3 ${requestLine('a3', '/api/tokens')} tag=procurement`,
      '',
    ].join('\n');
    const result = scanLog(log, secrets);
    expect(result.leaks).toEqual([
      { line: 2, server: 'serve-1-2', secret: comment },
      { line: 5, server: 'app-1-3', secret: 'procurement' },
    ]);
    expect(result).toMatchObject({ lines: 5, requestLines: 2, servers: 3, secrets: secrets.length });
    expect(describeScan(result)).toBe(
      `scanned 5 log lines (2 requests) from 3 servers against ${secrets.length} secrets`,
    );
  });

  it('finds a long secret cut short in the log by its beginning, and ignores short words', () => {
    const long = `An assessment that runs on ${'and on '.repeat(100)}`;
    const secrets = worthScanning([long, 'late', '  spaced tag  ', 'open']);
    expect(secrets).toEqual([long.slice(0, MAX_RECORDED_LENGTH), 'spaced tag']);
    const log = `app-2-1 {"msg":"oops","text":"${long.slice(0, MAX_RECORDED_LENGTH + 10)}..."}\napp-2-1 {"msg":"open late"}`;
    expect(scanLog(log, secrets).leaks.map((l) => l.line)).toEqual([1]);
  });

  it('finds nothing in clean request lines', () => {
    const log = ['a', 'b', 'c'].map((id) => `app-3-1 ${requestLine(id, '/api/annotations/:id')}`).join('\n');
    expect(scanLog(log, worthScanning(secretsIn(body)))).toMatchObject({
      leaks: [],
      requestLines: 3,
      servers: 1,
    });
  });
});

describe('a whole run, as the integration project records and checks it', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pa-run-record-'));
    process.env[RUN_RECORD_DIR] = dir;
  });
  afterEach(() => {
    Reflect.deleteProperty(process.env, RUN_RECORD_DIR);
    rmSync(dir, { recursive: true, force: true });
  });

  const sendAndLog = (logged: (token: string) => string) => {
    const token = `pa_${randomUUID()}`;
    recordRequest('/api/tokens', {}, JSON.stringify({ username: 'ana', password: 'correct horse battery' }));
    recordAnswer({ token });
    const sink = serverLogSink(serverName('app'));
    sink.write(`${requestLine('r1', '/api/tokens')}\n`);
    // A line in two pieces, as a child process's pipe may deliver it.
    const line = logged(token);
    sink.write(line.slice(0, 10));
    sink.write(`${line.slice(10)}\n`);
  };

  it('passes a log that holds request lines and no secret', () => {
    sendAndLog(() => requestLine('r2', '/api/me'));
    const check = checkRun(dir);
    expect(check.problems).toEqual([]);
    expect(check.summary).toMatch(/^scanned 2 log lines \(2 requests\) from 1 servers against 2 secrets/);
  });

  it('fails a log line that holds a token the server gave, or a password a test sent', () => {
    sendAndLog((token) => JSON.stringify({ level: 30, msg: 'signed in', token }));
    expect(checkRun(dir).problems).toEqual([
      expect.stringMatching(/^line 2 \(app-\d+-\d+\) holds the secret "pa_/),
    ]);
    serverLogSink(serverName('serve')).write('login with correct horse battery\n');
    expect(checkRun(dir).problems).toHaveLength(2);
  });

  it('fails a run whose servers logged fewer request lines than the tests were answered', () => {
    recordAnswer({ ok: true });
    recordAnswer({ ok: true });
    expect(checkRun(dir).problems).toEqual([
      expect.stringMatching(/^only 0 request lines were logged for 2/),
    ]);
  });
});
