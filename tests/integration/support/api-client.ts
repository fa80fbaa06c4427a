import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Annotation, Visibility } from '../../../src/core/model/annotation.ts';
import type { SyncRecord } from '../../../src/core/sync/protocol.ts';

export interface Answer<T = unknown> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
}

export interface CallOptions {
  token?: string | undefined;
  body?: unknown;
  headers?: Record<string, string>;
  ip?: string;
}

/** A request through `inject()`, the body parsed when it is JSON. */
export async function call<T = Record<string, unknown>>(
  app: FastifyInstance,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  options: CallOptions = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await app.inject({
    method,
    url,
    headers,
    ...(options.body === undefined ? {} : { payload: options.body as object }),
    ...(options.ip ? { remoteAddress: options.ip } : {}),
  });
  const type = String(response.headers['content-type'] ?? '');
  const body = (type.includes('json') && response.body ? response.json() : response.body) as T;
  return { status: response.statusCode, body, headers: response.headers };
}

export interface Account {
  id: string;
  username: string;
  token: string;
}

let accounts = 0;

/** A new user, signed in. */
/**
 * App options for suites that sign up many users from one address (every injected request comes from
 * 127.0.0.1): the sign-up limit is tested on its own, in api.test.ts.
 */
export const MANY_SIGNUPS = { signupsPerHour: 100_000 };

/** The password of every account `signUp` makes. */
export const PASSWORD = 'correct horse battery';

export async function signUp(app: FastifyInstance, prefix = 'user'): Promise<Account> {
  const username = `${prefix}-${process.pid}-${++accounts}`;
  const password = PASSWORD;
  const created = await call<{ id: string }>(app, 'POST', '/api/users', { body: { username, password } });
  if (created.status !== 201) throw new Error(`sign-up failed: ${created.status}`);
  const signedIn = await call<{ token: string }>(app, 'POST', '/api/tokens', {
    body: { username, password },
  });
  if (signedIn.status !== 201) throw new Error(`sign-in failed: ${signedIn.status}`);
  return { id: created.body.id, username, token: signedIn.body.token };
}

export function annotation(overrides: Partial<Annotation> = {}): Annotation {
  return {
    id: randomUUID(),
    motivation: 'commenting',
    target: {
      source: 'https://www.opengovpartnership.org/documents/plan-2025/',
      selector: [
        { type: 'TextQuoteSelector', exact: 'Open contracting', prefix: 'Commitment 1: ', suffix: '.' },
        { type: 'TextPositionSelector', start: 14, end: 30 },
      ],
    },
    body: { comment: 'Milestone 1.1 is late.', tags: ['procurement'] },
    document: { title: 'National Action Plan 2025-2027' },
    visibility: 'private',
    created: '2026-01-31T12:00:00.000Z',
    modified: '2026-01-31T12:00:00.000Z',
    ...overrides,
  };
}

/** Creates an annotation; fails the test unless the server took it. */
export async function create(
  app: FastifyInstance,
  account: Account,
  visibility: Visibility,
  group?: string,
): Promise<SyncRecord> {
  const record = annotation({ visibility });
  const answer = await call<SyncRecord>(app, 'PUT', `/api/annotations/${record.id}`, {
    token: account.token,
    headers: { 'if-none-match': '*' },
    body: group ? { annotation: record, group } : { annotation: record },
  });
  if (answer.status !== 201)
    throw new Error(`create failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}
