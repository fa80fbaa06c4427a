/**
 * The whole-run log scan (pure): which strings a test run sent count as secrets, and which log lines hold
 * one. The integration project records both sides (tests/integration/support/run-record.ts) and its
 * global teardown (tests/integration/support/log-scan-setup.ts) fails the run on any hit.
 */

/**
 * Shorter recorded strings are not searched for. A tag such as `late` or a fuzzed comment such as `null`
 * is an ordinary word that a log line may hold by chance (a route, a field name, a message), so it would
 * be a false alarm; everything the server issues (tokens, invite codes) is far longer, and so is every
 * password it accepts.
 */
export const MIN_SECRET_LENGTH = 8;

/**
 * A long secret is recorded by its first characters: a log line that held the whole of a 100 KB comment
 * would hold its beginning too, and so would one that cut it short.
 */
export const MAX_RECORDED_LENGTH = 200;

/** Keys whose string value is a secret wherever it sits in a request or answer body. */
const SECRET_KEY = /password|token|invitecode|^comment$|^exact$|^prefix$|^suffix$|^bodyvalue$/i;

/**
 * The secrets in a JSON request or answer body: passwords, tokens and invitation codes; annotation text
 * (comment, quote and its context, tags, evidence titles, a W3C TextualBody's value).
 */
export function secretsIn(value: unknown, into: string[] = []): string[] {
  // Walked with a stack, not recursion: the fuzz test sends bodies nested thousands deep.
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (Array.isArray(next)) {
      for (const item of next) pending.push(item);
    } else if (next !== null && typeof next === 'object') {
      const object = next as Record<string, unknown>;
      for (const [key, item] of Object.entries(object)) {
        if (typeof item === 'string') {
          if (SECRET_KEY.test(key)) into.push(item);
        } else if (key === 'tags' && Array.isArray(item)) {
          for (const tag of item) if (typeof tag === 'string') into.push(tag);
        } else if (key === 'evidence' && Array.isArray(item)) {
          for (const source of item) {
            const title = (source as { title?: unknown } | null)?.title;
            if (typeof title === 'string') into.push(title);
          }
        } else {
          pending.push(item);
        }
      }
      if (object.type === 'TextualBody' && typeof object.value === 'string') into.push(object.value);
    }
  }
  return into;
}

/** The secrets in request headers: the bearer token, cookie values, an API key. */
export function secretsInHeaders(headers: Record<string, string | undefined>): string[] {
  const found: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (!value) continue;
    const lower = name.toLowerCase();
    if (lower === 'authorization') found.push(value.replace(/^\S+\s+/, ''));
    if (lower === 'cookie')
      for (const pair of value.split(';')) found.push(pair.split('=').slice(1).join('='));
    if (lower === 'x-api-key') found.push(value);
  }
  return found;
}

/** The secrets in a URL's query: any parameter named like a token, code or password. */
export function secretsInUrl(url: string): string[] {
  const query = url.split('?')[1];
  if (!query) return [];
  return [...new URLSearchParams(query)]
    .filter(([name]) => /token|code|password|key/i.test(name))
    .map(([, value]) => value);
}

/** A recorded string as it is kept: trimmed (the server trims tags and titles) and cut to its beginning. */
export function asRecorded(secret: string): string {
  return secret.trim().slice(0, MAX_RECORDED_LENGTH);
}

/** The secrets worth searching for, each once. */
export function worthScanning(secrets: Iterable<string>): string[] {
  const kept = new Set<string>();
  for (const secret of secrets) {
    const recorded = asRecorded(secret);
    if (recorded.length >= MIN_SECRET_LENGTH) kept.add(recorded);
  }
  return [...kept];
}

export interface Leak {
  /** 1-based line of the run's log. */
  line: number;
  server: string;
  secret: string;
}

export interface ScanResult {
  lines: number;
  /** Lines that are a server's one-per-request JSON line. */
  requestLines: number;
  servers: number;
  secrets: number;
  leaks: Leak[];
}

/**
 * Scans a run's log, one `<server> <line>` per line (the server's name, a space, what it wrote), for the
 * given secrets (see `worthScanning`).
 */
export function scanLog(log: string, secrets: readonly string[]): ScanResult {
  const lines = log.split('\n').filter((line) => line.length > 0);
  const servers = new Set<string>();
  const leaks: Leak[] = [];
  let requestLines = 0;
  lines.forEach((line, index) => {
    const space = line.indexOf(' ');
    const server = space < 0 ? line : line.slice(0, space);
    const text = space < 0 ? '' : line.slice(space + 1);
    servers.add(server);
    if (isRequestLine(text)) requestLines += 1;
    for (const secret of secrets) {
      if (secret.length <= text.length && text.includes(secret))
        leaks.push({ line: index + 1, server, secret });
    }
  });
  return { lines: lines.length, requestLines, servers: servers.size, secrets: secrets.length, leaks };
}

function isRequestLine(text: string): boolean {
  if (!text.startsWith('{')) return false;
  try {
    return (JSON.parse(text) as { msg?: unknown }).msg === 'request';
  } catch {
    return false;
  }
}

/** The summary line a run prints. */
export function describeScan(result: ScanResult): string {
  return `scanned ${result.lines} log lines (${result.requestLines} requests) from ${result.servers} servers against ${result.secrets} secrets`;
}
