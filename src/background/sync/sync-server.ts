/**
 * The sync server's HTTP API as the extension uses it. Every failure becomes a `ServerError` whose
 * message a person can read, in the browser's language (the server's own words, when it gives some,
 * stay as it wrote them); `offline` marks the ones worth retrying later (no answer, or a 5xx).
 */
import { z } from 'zod';
import { t } from '../../i18n/messages.ts';
import { BatchAnswerSchema, type BatchResult, type BatchWriteItem } from '../../core/sync/batch.ts';
import {
  ChangesPageSchema,
  CursorSchema,
  SyncRecordSchema,
  type ChangesPage,
  type SyncRecord,
} from '../../core/sync/protocol.ts';

export class ServerError extends Error {
  constructor(
    /** The HTTP status, or 0 when the server did not answer. */
    readonly status: number,
    message: string,
    /** The parsed body of a refusal, when there was one (a 412 carries `current`). */
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** The server could not be reached or failed on its side: try again later, nothing was refused. */
  get offline(): boolean {
    return this.status === 0 || this.status >= 500 || this.status === 429;
  }
}

export interface Account {
  id: string;
  username: string;
}

export interface GroupMembership {
  id: string;
  name: string;
  role: 'member' | 'moderator' | 'owner';
}

/** A page of the change feed whose headers have arrived (`SyncServer.openChanges`). */
export interface OpenedPage {
  /** The cursor the next page starts from, when the server says there is one. */
  next: string | null;
  read(): Promise<ChangesPage>;
  discard(): void;
}

/**
 * The `since` of the feed's `Link: <...>; rel="next"` header (RFC 8288), when it names the change feed
 * on this server with a cursor; otherwise null, and the caller goes on from the body's cursor.
 */
export function nextCursor(link: string | null, base: string): string | null {
  const match = link ? /<([^>]*)>\s*;\s*rel="?next"?/i.exec(link) : null;
  if (!match) return null;
  try {
    const url = new URL(match[1] as string, base);
    const since = url.searchParams.get('since');
    const sameFeed = url.origin === new URL(base).origin && url.pathname === '/api/changes';
    return sameFeed && since !== null && CursorSchema.safeParse(since).success ? since : null;
  } catch {
    return null;
  }
}

/** How long a request may take before it counts as "the server did not answer". */
const TIMEOUT_MS = 15_000;

export class SyncServer {
  constructor(
    readonly base: string,
    private readonly token: string | null,
  ) {}

  async #request(
    method: string,
    path: string,
    options: { body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    return this.#answer(await this.#send(method, path, options));
  }

  /** Sends a request; the response as soon as its headers arrive. */
  async #send(
    method: string,
    path: string,
    options: { body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    try {
      return await fetch(new URL(path, this.base), {
        method,
        headers,
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
        cache: 'no-store',
      });
    } catch {
      throw new ServerError(0, t('bg_serverNoAnswer', this.base));
    }
  }

  /** Reads a response's body: the parsed JSON, or a `ServerError` for a refusal. */
  async #answer(response: Response): Promise<{ status: number; body: Record<string, unknown> }> {
    let text: string;
    try {
      text = await response.text();
    } catch {
      // The connection dropped, or the time ran out, while the body was on its way.
      if (response.ok) throw new ServerError(0, t('bg_serverNoAnswer', this.base));
      text = '';
    }
    let body: Record<string, unknown> = {};
    try {
      const parsed: unknown = text ? JSON.parse(text) : {};
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
        body = parsed as Record<string, unknown>;
      }
    } catch {
      // Not JSON: a proxy's error page, say. The status still tells what happened.
    }
    if (!response.ok) throw new ServerError(response.status, refusalText(response.status, body), body);
    return { status: response.status, body };
  }

  async signUp(username: string, password: string): Promise<void> {
    await this.#request('POST', '/api/users', { body: { username, password } });
  }

  async signIn(username: string, password: string): Promise<{ token: string; user: Account }> {
    const { body } = await this.#request('POST', '/api/tokens', { body: { username, password } });
    const user = body.user as Account | undefined;
    if (typeof body.token !== 'string' || !user) throw new ServerError(502, t('bg_signInAnsweredOddly'));
    return { token: body.token, user: { id: user.id, username: user.username } };
  }

  async signOut(): Promise<void> {
    await this.#request('DELETE', '/api/tokens/current');
  }

  async me(): Promise<Account & { groups: GroupMembership[] }> {
    const { body } = await this.#request('GET', '/api/me');
    return body as unknown as Account & { groups: GroupMembership[] };
  }

  async createGroup(name: string): Promise<{ id: string; name: string; inviteCode: string }> {
    const { body } = await this.#request('POST', '/api/groups', { body: { name } });
    return body as { id: string; name: string; inviteCode: string };
  }

  async joinGroup(groupId: string, inviteCode: string): Promise<void> {
    await this.#request('POST', `/api/groups/${encodeURIComponent(groupId)}/members`, {
      body: { inviteCode },
    });
  }

  /** The invite code, for moderators and owners; undefined for plain members. */
  async inviteCodeOf(groupId: string): Promise<string | undefined> {
    const { body } = await this.#request('GET', `/api/groups/${encodeURIComponent(groupId)}`);
    return typeof body.inviteCode === 'string' ? body.inviteCode : undefined;
  }

  /**
   * Several writes in one request; the answers in the same order. A batch too big for one request is
   * sent in halves, so one long annotation cannot hold the outbox up.
   */
  async batch(writes: readonly BatchWriteItem[]): Promise<BatchResult[]> {
    if (writes.length === 0) return [];
    try {
      const { body } = await this.#request('POST', '/api/annotations/batch', { body: { writes } });
      const { results } = BatchAnswerSchema.parse(body);
      if (results.length !== writes.length) throw new ServerError(502, t('bg_serverAnsweredOddly'));
      return results;
    } catch (error) {
      // Too big, or refused whole for what one write holds (text the server cannot store, say): halve
      // until the write at fault is alone, and refuse only that one, as its own request would be.
      if (error instanceof ServerError && (error.status === 413 || error.status === 400)) {
        if (writes.length === 1) return [{ status: error.status, error: error.message }];
        const half = Math.ceil(writes.length / 2);
        return [...(await this.batch(writes.slice(0, half))), ...(await this.batch(writes.slice(half)))];
      }
      throw error;
    }
  }

  /**
   * A page of the change feed. A record this version cannot read (a newer server's field, say) is
   * left out and logged, rather than hold up every record after it for good.
   */
  async changes(since: string, limit: number): Promise<ChangesPage> {
    return (await this.openChanges(since, limit)).read();
  }

  /**
   * A page of the change feed as soon as its headers arrive: `next` is the cursor of the page after it
   * (from the `Link: rel="next"` header), so the caller can ask for that page while this one's body is
   * still coming or being stored. `read` gives the page; `discard` lets go of one that will not be read.
   */
  async openChanges(since: string, limit: number): Promise<OpenedPage> {
    const query = new URLSearchParams({ since, limit: String(limit) });
    const response = await this.#send('GET', `/api/changes?${query.toString()}`);
    return {
      next: response.ok ? nextCursor(response.headers.get('link'), this.base) : null,
      read: async () => {
        const { body } = await this.#answer(response);
        const page = ChangesPageSchema.extend({ changes: z.array(z.unknown()) }).parse(body);
        const changes: SyncRecord[] = [];
        for (const change of page.changes) {
          const parsed = SyncRecordSchema.safeParse(change);
          if (parsed.success) changes.push(parsed.data);
          else
            console.warn('Plan Annotator: skipped a change the extension cannot read', parsed.error.issues);
        }
        return { ...page, changes };
      },
      discard: () => void response.body?.cancel().catch(() => undefined),
    };
  }

  /** Opens the event stream; the caller reads `body` until it ends or `signal` aborts. */
  async events(signal: AbortSignal): Promise<ReadableStream<Uint8Array>> {
    const headers: Record<string, string> = { accept: 'text/event-stream' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    let response: Response;
    try {
      response = await fetch(new URL('/api/events', this.base), { headers, signal, cache: 'no-store' });
    } catch {
      throw new ServerError(0, t('bg_serverNoAnswer', this.base));
    }
    if (!response.ok || !response.body) {
      throw new ServerError(response.status, refusalText(response.status, {}));
    }
    return response.body;
  }
}

/** The server's own message (it writes them for people), with a plain fallback per status. */
function refusalText(status: number, body: Record<string, unknown>): string {
  const said = typeof body.error === 'string' ? body.error : '';
  // The server says "wrong username or password" for a failed sign-in; its words are protocol here.
  if (status === 401) return said.startsWith('wrong') ? t('bg_wrongPassword') : t('bg_signInAgain');
  if (status === 429) return t('bg_tooManyAttempts');
  if (status >= 500) return t('bg_serverProblemRetry');
  if (said) return t('bg_serverRefused', said);
  return t('bg_requestRefusedStatus', String(status));
}
