/**
 * The sync server's HTTP API as the extension uses it. Every failure becomes a `ServerError` whose
 * message a person can read, in the browser's language (the server's own words, when it gives some,
 * stay as it wrote them); `offline` marks the ones worth retrying later (no answer, or a 5xx).
 */
import { z } from 'zod';
import { t } from '../../i18n/messages.ts';
import { PlanRecordSchema, type Plan, type PlanRecord } from '../../core/model/plan-record.ts';
import { BatchAnswerSchema, type BatchResult, type BatchWriteItem } from '../../core/sync/batch.ts';
import {
  ChangesPageSchema,
  CursorSchema,
  GroupFlagsSchema,
  type FlaggedAnnotation,
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
    return this.status === 0 || this.status >= 500 || this.status === 429 || this.status === 408;
  }
}

/**
 * Whether a refusal of a whole batch is about what a write in it holds, for good: 413 and the other 4xx,
 * but not 401 (the account), 408, 425 and 429 (the moment), nor 404 and 405 (a server without the
 * batch route: no write is at fault there).
 */
export function isolatesWrites(status: number): boolean {
  return status >= 400 && status < 500 && ![401, 404, 405, 408, 425, 429].includes(status);
}

/** One write's answer: the server's, or `whole` when the request of this write alone was refused. */
export interface WriteAnswer extends BatchResult {
  whole?: boolean;
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
  /**
   * The body, each change checked. `known(id, version)` says the caller already stored that version of
   * an annotation (or a later one): such a change, unless a tombstone, is left out unchecked, since the
   * caller would not write it anyway.
   */
  read(known?: (id: string, version: number) => boolean): Promise<ChangesPage>;
}

/**
 * The `since` of a `Link: <...>; rel="next"` header (RFC 8288) on a page of the change feed fetched
 * from `requestUrl`, when it names the same feed (same origin and path) with a cursor; otherwise null,
 * and the caller goes on from the body's cursor. The reference may be relative, as the server sends it.
 */
export function nextCursor(link: string | null, requestUrl: string): string | null {
  for (const [, target, rel] of (link ?? '').matchAll(/<([^<>]*)>\s*;\s*rel="?([^";,]*)"?/gi)) {
    if (!(rel ?? '').toLowerCase().split(/\s+/).includes('next')) continue;
    try {
      const url = new URL(target as string, requestUrl);
      const from = new URL(requestUrl);
      const since = url.searchParams.get('since');
      const sameFeed = url.origin === from.origin && url.pathname === from.pathname;
      return sameFeed && since !== null && CursorSchema.safeParse(since).success ? since : null;
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * How long the server may take to answer (the headers), and then again to send the body, before it
 * counts as "the server did not answer". Timed separately, so that a page asked for ahead is not given
 * up while the one before it is still being stored.
 */
const TIMEOUT_MS = 15_000;

/** A request whose headers have arrived; `text` reads its body, timed anew. */
interface Sent {
  response: Response;
  text(): Promise<string>;
}

export class SyncServer {
  constructor(
    readonly base: string,
    private readonly token: string | null,
    /** How long the headers, and then the body, may take (tests shorten it). */
    private readonly timeoutMs = TIMEOUT_MS,
  ) {}

  async #request(
    method: string,
    path: string,
    options: { body?: unknown; headers?: Record<string, string>; answerless?: boolean } = {},
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    return this.#answer(await this.#send(method, path, options), options.answerless === true);
  }

  /** Sends a request; resolves as soon as its headers arrive. `signal` cancels it, body included. */
  async #send(
    method: string,
    path: string,
    options: { body?: unknown; headers?: Record<string, string>; signal?: AbortSignal } = {},
  ): Promise<Sent> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const controller = new AbortController();
    options.signal?.addEventListener('abort', () => controller.abort(), { once: true });
    let timer = setTimeout(() => controller.abort(), this.timeoutMs);
    let response: Response;
    try {
      response = await fetch(new URL(path, this.base), {
        method,
        headers,
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
        signal: controller.signal,
        cache: 'no-store',
      });
    } catch {
      throw new ServerError(0, t('bg_serverNoAnswer', this.base));
    } finally {
      clearTimeout(timer);
    }
    return {
      response,
      text: async () => {
        timer = setTimeout(() => controller.abort(), this.timeoutMs);
        try {
          return await response.text();
        } finally {
          clearTimeout(timer);
        }
      },
    };
  }

  /**
   * Reads a response's body: the parsed JSON, or a `ServerError` for a refusal. A body lost after a
   * success is "no answer" (try again), unless the caller needs nothing from it (`answerless`).
   */
  async #answer(
    { response, text: readText }: Sent,
    answerless = false,
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    let text: string;
    try {
      text = await readText();
    } catch {
      // The connection dropped, or the time ran out, while the body was on its way.
      if (response.ok && !answerless) throw new ServerError(0, t('bg_serverNoAnswer', this.base));
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
    await this.#request('POST', '/api/users', { body: { username, password }, answerless: true });
  }

  async signIn(username: string, password: string): Promise<{ token: string; user: Account }> {
    const { body } = await this.#request('POST', '/api/tokens', { body: { username, password } });
    const user = body.user as Account | undefined;
    if (typeof body.token !== 'string' || !user) throw new ServerError(502, t('bg_signInAnsweredOddly'));
    return { token: body.token, user: { id: user.id, username: user.username } };
  }

  async signOut(): Promise<void> {
    await this.#request('DELETE', '/api/tokens/current', { answerless: true });
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
      answerless: true,
    });
  }

  /** One annotation as this account may read it; null when there is none it may read (404). */
  async annotation(id: string): Promise<SyncRecord | null> {
    try {
      const { body } = await this.#request('GET', `/api/annotations/${encodeURIComponent(id)}`);
      const parsed = SyncRecordSchema.safeParse(body);
      return parsed.success ? parsed.data : null;
    } catch (error) {
      if (error instanceof ServerError && error.status === 404) return null;
      throw error;
    }
  }

  /** Hides (with the moderator's reason, when given) or shows again; the record as it now stands. */
  async setHidden(id: string, hidden: boolean, reason?: string): Promise<SyncRecord> {
    const { body } = await this.#request('PUT', `/api/annotations/${encodeURIComponent(id)}/hidden`, {
      body: reason === undefined ? { hidden } : { hidden, reason },
    });
    const parsed = SyncRecordSchema.safeParse(body);
    if (!parsed.success) throw new ServerError(502, t('bg_serverAnsweredOddly'));
    return parsed.data;
  }

  /** Flags an annotation for its group's moderators, or withdraws this account's flag. */
  async flag(id: string, flagged: boolean, reason?: string): Promise<void> {
    const path = `/api/annotations/${encodeURIComponent(id)}/flag`;
    if (flagged)
      await this.#request('POST', path, { body: reason === undefined ? {} : { reason }, answerless: true });
    else await this.#request('DELETE', path, { answerless: true });
  }

  /** What members flagged in a group, for its moderators and owners. */
  async groupFlags(groupId: string): Promise<FlaggedAnnotation[]> {
    const { body } = await this.#request('GET', `/api/groups/${encodeURIComponent(groupId)}/flags`);
    const parsed = GroupFlagsSchema.safeParse(body);
    if (!parsed.success) throw new ServerError(502, t('bg_serverAnsweredOddly'));
    return parsed.data.flags;
  }

  /** The group's latest changes, newest first (`GET /api/groups/{id}/activity`); odd records are left out. */
  async activity(groupId: string, limit: number): Promise<SyncRecord[]> {
    const { body } = await this.#request(
      'GET',
      `/api/groups/${encodeURIComponent(groupId)}/activity?limit=${String(limit)}`,
    );
    const records = Array.isArray(body.activity) ? (body.activity as unknown[]) : [];
    return records.flatMap((record) => {
      const parsed = SyncRecordSchema.safeParse(record);
      return parsed.success ? [parsed.data] : [];
    });
  }

  /** The invite code, for moderators and owners; undefined for plain members. */
  async inviteCodeOf(groupId: string): Promise<string | undefined> {
    const { body } = await this.#request('GET', `/api/groups/${encodeURIComponent(groupId)}`);
    return typeof body.inviteCode === 'string' ? body.inviteCode : undefined;
  }

  /**
   * Several writes in one request; the answers in the same order. A batch refused as a whole for good
   * (too big, 413, or any other permanent 4xx: `isolatesWrites`) is sent in halves until the write at
   * fault is alone, and only that one is refused (`whole`), as its own request would be; the others go
   * through. A refusal of the moment (no answer, 5xx, 429) or of the account (401) fails the batch, and
   * the round is tried again later.
   */
  async batch(writes: readonly BatchWriteItem[]): Promise<WriteAnswer[]> {
    if (writes.length === 0) return [];
    try {
      const { body } = await this.#request('POST', '/api/annotations/batch', { body: { writes } });
      const { results } = BatchAnswerSchema.parse(body);
      if (results.length !== writes.length) throw new ServerError(502, t('bg_serverAnsweredOddly'));
      return results;
    } catch (error) {
      if (error instanceof ServerError && isolatesWrites(error.status)) {
        if (writes.length === 1) {
          const said = typeof error.body.error === 'string' ? error.body.error : undefined;
          return [{ status: error.status, ...(said ? { error: said } : {}), whole: true }];
        }
        const half = Math.ceil(writes.length / 2);
        return [...(await this.batch(writes.slice(0, half))), ...(await this.batch(writes.slice(half)))];
      }
      throw error;
    }
  }

  /**
   * A page of the change feed as soon as its headers arrive: `next` is the cursor of the page after it
   * (from the `Link: rel="next"` header), so the caller can ask for that page while this one's body is
   * still coming or being stored. `signal` gives the request up, before or after its headers. In what
   * `read` gives, a record this version cannot read (a newer server's field, say) is left out and
   * logged, rather than hold up every record after it for good.
   */
  async openChanges(since: string, limit: number, signal?: AbortSignal): Promise<OpenedPage> {
    const path = `/api/changes?${new URLSearchParams({ since, limit: String(limit) }).toString()}`;
    const sent = await this.#send('GET', path, signal ? { signal } : {});
    const { response } = sent;
    return {
      next: response.ok ? nextCursor(response.headers.get('link'), new URL(path, this.base).href) : null,
      read: async (known) => {
        const { body } = await this.#answer(sent);
        const page = ChangesPageSchema.extend({ changes: z.array(z.unknown()) }).parse(body);
        const changes: SyncRecord[] = [];
        for (const change of page.changes) {
          if (known && alreadyStored(change, known)) continue;
          const parsed = SyncRecordSchema.safeParse(change);
          if (parsed.success) changes.push(parsed.data);
          else
            console.warn('Plan Annotator: skipped a change the extension cannot read', parsed.error.issues);
        }
        return { ...page, changes };
      },
    };
  }

  /** The plans members shared with a group (a record this version cannot read is left out). */
  async plans(groupId: string): Promise<PlanRecord[]> {
    const { body } = await this.#request('GET', `/api/groups/${encodeURIComponent(groupId)}/plans`);
    const list = Array.isArray(body.plans) ? (body.plans as unknown[]) : [];
    return list.flatMap((plan) => {
      const parsed = PlanRecordSchema.safeParse(plan);
      return parsed.success ? [parsed.data] : [];
    });
  }

  /** Shares a plan with a group: creates it (`version` null) or replaces that version; 412 when stale. */
  async putPlan(groupId: string, plan: Plan, version: number | null): Promise<PlanRecord> {
    const path = `/api/groups/${encodeURIComponent(groupId)}/plans/${encodeURIComponent(plan.id)}`;
    const headers: Record<string, string> =
      version === null ? { 'if-none-match': '*' } : { 'if-match': `"${version}"` };
    const { body } = await this.#request('PUT', path, { body: plan, headers });
    return PlanRecordSchema.parse(body);
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

/** A change the caller says it holds at this version or later, and that takes nothing away. */
function alreadyStored(change: unknown, known: (id: string, version: number) => boolean): boolean {
  if (typeof change !== 'object' || change === null) return false;
  const { id, version, deleted } = change as Record<string, unknown>;
  return deleted === false && typeof id === 'string' && typeof version === 'number' && known(id, version);
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
