// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../src/core/model/annotation.ts';
import type { call, listenToBackground } from '../../../src/messaging/client.ts';
import type { RequestType, Result } from '../../../src/messaging/protocol.ts';
import { SidebarApp, type SidebarServices } from '../../../src/sidebar/sidebar-app.tsx';

const DOC = 'https://www.gov.example/plan';
const ALICE_ROOT = '11111111-1111-4111-8111-111111111111';
const BOB_REPLY = '22222222-2222-4222-8222-222222222222';
const ALICE_REPLY = '33333333-3333-4333-8333-333333333333';

function record(id: string, comment: string, replyTo?: string): Annotation {
  return {
    id,
    motivation: replyTo ? 'replying' : 'commenting',
    target: { source: DOC, selector: [{ type: 'TextQuoteSelector', exact: 'open data' }] },
    body: { comment, tags: [] },
    document: { title: 'Plan' },
    visibility: 'group',
    ...(replyTo ? { replyTo } : {}),
    created: '2026-01-31T12:00:00.000Z',
    modified: '2026-01-31T12:00:00.000Z',
  };
}

/** The background as the sidebar sees it: a list with who wrote what, signed in as bob. */
function services(): SidebarServices {
  const annotations = [
    record(ALICE_ROOT, 'Which law?'),
    record(BOB_REPLY, 'Decree 12.', ALICE_ROOT),
    record(ALICE_REPLY, 'Thanks.', ALICE_ROOT),
  ];
  const reply = async (type: RequestType): Promise<Result<unknown>> => {
    if (type === 'annotations.list') {
      return {
        ok: true,
        value: {
          documentUri: DOC,
          annotations,
          authors: { [ALICE_ROOT]: 'alice', [BOB_REPLY]: 'bob', [ALICE_REPLY]: 'alice' },
          me: 'bob',
        },
      };
    }
    return { ok: true, value: { delivered: true } };
  };
  const listen: typeof listenToBackground = (_name, _onEvent, _signal, onConnect) => onConnect?.();
  return {
    call: reply as typeof call,
    listen,
    permission: {
      shouldOffer: async () => false,
      request: async () => true,
      markAsked: async () => {},
    },
  };
}

let root: HTMLDivElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 50; i += 1) {
    if (condition()) return;
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  }
  throw new Error('timed out');
}

const card = (id: string) =>
  root.querySelector<HTMLElement>(`[data-testid="annotation-card"][data-id="${id}"]`);
const has = (id: string, testId: string) => card(id)?.querySelector(`[data-testid="${testId}"]`) != null;

describe('the sidebar and annotations written by others', () => {
  it('offers Edit and Delete only on the signed-in user’s own, and Reply on the others', async () => {
    act(() => render(<SidebarApp services={services()} />, root));
    await until(() => card(ALICE_REPLY) !== null);

    for (const id of [ALICE_ROOT, ALICE_REPLY]) {
      expect(has(id, 'card-edit')).toBe(false);
      expect(has(id, 'card-delete')).toBe(false);
      expect(has(id, 'card-reply')).toBe(true);
    }
    expect(has(ALICE_ROOT, 'card-assess')).toBe(false);
    expect(has(BOB_REPLY, 'card-edit')).toBe(true);
    expect(has(BOB_REPLY, 'card-delete')).toBe(true);

    // Reply on someone else's reply answers the thread.
    act(() => card(ALICE_REPLY)?.querySelector<HTMLButtonElement>('[data-testid="card-reply"]')?.click());
    await until(() => root.querySelector('[data-testid="reply-form"]') !== null);
  });
});
