/**
 * What an integration run leaves for its final log scan (log-scan-setup.ts), in the folder named by
 * `PA_RUN_RECORD_DIR`: every server's log lines in `servers.log` (each prefixed by the server's name), and
 * per worker process the secrets its tests sent or were given (`secrets-<pid>.jsonl`) and one byte per
 * answered request (`answered-<pid>`). Outside that run nothing is recorded (the e2e suite starts `serve`
 * through server-process.ts too, by way of tests/support/reverse-proxy.ts).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { asRecorded, secretsIn, secretsInHeaders, secretsInUrl } from '../../support/log-scan.ts';

export const RUN_RECORD_DIR = 'PA_RUN_RECORD_DIR';

const files = new Map<string, number>();

function append(name: string, text: string): void {
  const dir = process.env[RUN_RECORD_DIR];
  if (!dir) return;
  const path = join(dir, name);
  let fd = files.get(path);
  if (fd === undefined) {
    fd = openSync(path, 'a');
    files.set(path, fd);
  }
  // One write per call on a file opened for appending: lines of other processes never cut into it.
  writeSync(fd, text);
}

process.once('exit', () => {
  for (const fd of files.values()) closeSync(fd);
});

/** True in a run whose log is scanned; the sinks below then write. */
export function recording(): boolean {
  return Boolean(process.env[RUN_RECORD_DIR]);
}

let servers = 0;

/** A name for a server started by this worker, unique in the run. */
export function serverName(kind: 'app' | 'serve'): string {
  return `${kind}-${process.pid}-${++servers}`;
}

export interface LogSink {
  write(chunk: string): void;
  /** Writes out a last line that had no newline (a process that exited mid-line). */
  flush(): void;
}

/** A log stream for one server: each line it writes goes to the run's log under its name. */
export function serverLogSink(name: string): LogSink {
  let partial = '';
  const put = (lines: string[]) => {
    const kept = lines.filter((line) => line.length > 0);
    if (kept.length > 0) append('servers.log', kept.map((line) => `${name} ${line}\n`).join(''));
  };
  return {
    write(chunk) {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      put(lines);
    },
    flush() {
      put([partial]);
      partial = '';
    },
  };
}

/** Per run folder, the secrets this worker has written there: each is written once. */
const written = new Map<string, Set<string>>();

export function recordSecrets(secrets: readonly string[]): void {
  const dir = process.env[RUN_RECORD_DIR];
  if (!dir) return;
  let recorded = written.get(dir);
  if (!recorded) written.set(dir, (recorded = new Set()));
  const known = recorded;
  const fresh = secrets.map(asRecorded).filter((secret) => secret.length > 0 && !known.has(secret));
  if (fresh.length === 0) return;
  for (const secret of fresh) known.add(secret);
  append(`secrets-${process.pid}.jsonl`, fresh.map((secret) => `${JSON.stringify(secret)}\n`).join(''));
}

/** The secrets a request carries, in its URL, headers or JSON body (a string body is parsed). */
export function recordRequest(url: string, headers: Record<string, string | undefined>, body: unknown): void {
  if (!recording()) return;
  let parsed = body;
  const text = Buffer.isBuffer(body) ? body.toString() : body;
  if (typeof text === 'string') {
    try {
      parsed = JSON.parse(text) as unknown;
    } catch {
      parsed = undefined;
    }
  }
  recordSecrets([...secretsInUrl(url), ...secretsInHeaders(headers), ...secretsIn(parsed)]);
}

/** An answer came back: counted, and the tokens and invite codes in its body recorded. */
export function recordAnswer(body: unknown): void {
  if (!recording()) return;
  append(`answered-${process.pid}`, '.');
  recordSecrets(secretsIn(body));
}
