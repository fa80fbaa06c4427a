// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../../src/core/model/annotation.ts';
import type { call, listenToBackground } from '../../../src/messaging/client.ts';
import type { Moderation, RequestType, Result } from '../../../src/messaging/protocol.ts';
import { SidebarApp, type SidebarServices } from '../../../src/sidebar/sidebar-app.tsx';

/** Moderation in the sidebar: who gets Hide and Flag, what the requests carry, and hostile text as text. */

const DOC = 'https://www.gov.example/plan';
const MINE = '11111111-1111-4111-8111-111111111111';
const THEIRS = '22222222-2222-4222-8222-222222222222';
const GONE = '33333333-3333-4333-8333-333333333333';
const HOSTILE = '<img src=x onerror="top.__pwned=1"><b>Off topic</b>';

function record(id: string, start: number): Annotation {
  const exact = `passage ${id.slice(0, 4)}`;
  return {
    id,
    motivation: 'commenting',
    target: {
      source: DOC,
      selector: [
        { type: 'TextQuoteSelector', exact },
        { type: 'TextPositionSelector', start, end: start + exact.length },
      ],
    },
    body: { comment: `comment ${id.slice(0, 4)}`, tags: [] },
    document: { title: 'Plan' },
    visibility: 'group',
    created: '2026-01-31T12:00:00.000Z',
    modified: '2026-01-31T12:00:00.000Z',
  };
}

function fakeBackground(moderation: Moderation, flags: Record<string, number> = {}) {
  const sent: Array<{ type: RequestType; payload: unknown }> = [];
  const fakeCall = async (type: RequestType, payload: unknown): Promise<Result<unknown>> => {
    sent.push({ type, payload });
    if (type === 'annotations.list') {
      return {
        ok: true,
        value: {
          documentUri: DOC,
          annotations: [record(MINE, 10), record(THEIRS, 100)],
          authors: { [MINE]: 'alice', [THEIRS]: 'bob' },
          me: 'alice',
          moderation,
        },
      };
    }
    if (type === 'moderation.flags') return { ok: true, value: { flags } };
    if (type === 'moderation.hide') return { ok: true, value: { hidden: true } };
    if (type === 'moderation.flag') return { ok: true, value: { flagged: true } };
    return { ok: true, value: { delivered: true } };
  };
  const listen: typeof listenToBackground = (_name, _onEvent, _signal, onConnect) => onConnect?.();
  const permission = {
    shouldOffer: vi.fn(async () => false),
    request: vi.fn(async () => true),
    markAsked: vi.fn(async () => {}),
  };
  const services: SidebarServices = { call: fakeCall as typeof call, listen, permission };
  return { services, sent };
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

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 50; i += 1) {
    if (condition()) return;
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const one = <E extends HTMLElement = HTMLElement>(id: string, within: ParentNode | null = root) =>
  within?.querySelector<E>(`[data-testid="${id}"]`) ?? null;
/** The card, or null before the list arrives. */
const cardOf = (id: string) =>
  root.querySelector<HTMLElement>(`[data-testid="annotation-card"][data-id="${id}"]`);

const NONE: Moderation = { moderates: [], flaggable: [], flagged: [], hidden: {}, placeholders: [] };

describe('moderation on the cards', () => {
  it('a moderator hides with a reason: the request carries it, the flag count shows', async () => {
    const bg = fakeBackground({ ...NONE, moderates: [MINE, THEIRS], flaggable: [THEIRS] }, { [THEIRS]: 2 });
    act(() => render(<SidebarApp services={bg.services} />, root));
    await until(() => one('card-flag-count', cardOf(THEIRS)) !== null, 'the flag count');
    expect(one('card-flag-count', cardOf(THEIRS))?.textContent).toBe('Flagged by 2 members');
    expect(one('card-flag-count', cardOf(MINE))).toBeNull();
    expect(one('card-flag', cardOf(MINE))).toBeNull();

    act(() => one('card-hide', cardOf(THEIRS))?.click());
    const reason = one<HTMLTextAreaElement>('hide-reason', cardOf(THEIRS));
    if (!reason) throw new Error('no reason field');
    expect(reason.maxLength).toBe(500);
    act(() => {
      reason.value = '  Personal attack ';
      reason.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => one('hide-confirm', cardOf(THEIRS))?.click());
    await until(() => bg.sent.some((m) => m.type === 'moderation.hide'), 'the hide request');
    expect(bg.sent.find((m) => m.type === 'moderation.hide')?.payload).toEqual({
      id: THEIRS,
      hidden: true,
      reason: 'Personal attack',
    });
  });

  it('a member flags; a plain member has no Hide, and no flag counts are asked for', async () => {
    const bg = fakeBackground({ ...NONE, flaggable: [THEIRS] });
    act(() => render(<SidebarApp services={bg.services} />, root));
    await until(() => one('card-flag', cardOf(THEIRS)) !== null, 'the Flag button');
    expect(root.querySelector('[data-testid="card-hide"]')).toBeNull();
    act(() => one('card-flag', cardOf(THEIRS))?.click());
    act(() => one('flag-confirm', cardOf(THEIRS))?.click());
    await until(() => bg.sent.some((m) => m.type === 'moderation.flag'), 'the flag request');
    expect(bg.sent.find((m) => m.type === 'moderation.flag')?.payload).toEqual({ id: THEIRS, flagged: true });
    expect(bg.sent.some((m) => m.type === 'moderation.flags')).toBe(false);
  });

  it("shows a hidden card's reason and a placeholder's author as text, never as markup", async () => {
    const bg = fakeBackground({
      ...NONE,
      hidden: { [MINE]: HOSTILE },
      placeholders: [{ id: GONE, author: HOSTILE }],
    });
    act(() => render(<SidebarApp services={bg.services} />, root));
    await until(() => one('hidden-placeholder') !== null && cardOf(MINE) !== null, 'the list');
    expect(one('card-hidden-reason', cardOf(MINE))?.textContent).toBe(`Reason: ${HOSTILE}`);
    expect(one('card-hidden-notice', cardOf(THEIRS))).toBeNull();
    expect(one('hidden-placeholder')?.textContent).toBe(
      `An annotation by ${HOSTILE} was hidden by a moderator`,
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.hidden-notice b')).toBeNull();
  });
});
