// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../../src/core/model/annotation.ts';
import type { call, listenToBackground } from '../../../src/messaging/client.ts';
import type { BackgroundEvent, RequestType, Result, Sharing } from '../../../src/messaging/protocol.ts';
import { SidebarApp, type SidebarServices } from '../../../src/sidebar/sidebar-app.tsx';
import { setTestLanguage } from '../../support/chrome-i18n.ts';

/** Who wrote each card and who may read it, in the sidebar: the byline, and the editor's choice. */

const DOC = 'https://www.gov.example/plan';
const MINE = '11111111-1111-4111-8111-111111111111';
const THEIRS = '22222222-2222-4222-8222-222222222222';
const REPLY = '33333333-3333-4333-8333-333333333333';
const HOSTILE = '<img src=x onerror="top.__pwned=1">Reviewers';

function record(id: string, start: number, extra: Partial<Annotation> = {}): Annotation {
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
    visibility: 'private',
    created: '2026-01-31T12:00:00.000Z',
    modified: '2026-01-31T12:00:00.000Z',
    ...extra,
  };
}

function fakeBackground(initial: Annotation[], sharing: Sharing) {
  const store = new Map(initial.map((a) => [a.id, a]));
  const sent: Array<{ type: RequestType; payload: unknown }> = [];
  let push: (event: BackgroundEvent) => void = () => {};
  const fakeCall = async (type: RequestType, payload: unknown): Promise<Result<unknown>> => {
    sent.push({ type, payload });
    if (type === 'annotations.list') {
      return {
        ok: true,
        value: {
          documentUri: DOC,
          annotations: [...store.values()],
          authors: { [THEIRS]: HOSTILE, [REPLY]: 'bob', [MINE]: 'alice' },
          me: 'alice',
          ...sharing,
        },
      };
    }
    if (type === 'annotations.save') {
      const { annotation } = payload as { annotation: Annotation };
      store.set(annotation.id, annotation);
      return { ok: true, value: { annotation } };
    }
    return { ok: true, value: { delivered: true } };
  };
  const listen: typeof listenToBackground = (_name, onEvent, _signal, onConnect) => {
    push = onEvent;
    onConnect?.();
  };
  const permission = {
    shouldOffer: vi.fn(async () => false),
    request: vi.fn(async () => true),
    markAsked: vi.fn(async () => {}),
  };
  const services: SidebarServices = { call: fakeCall as typeof call, listen, permission };
  return { services, sent, emit: (event: BackgroundEvent) => act(() => push(event)) };
}

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
  setTestLanguage('en-US');
});

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 50; i += 1) {
    if (condition()) return;
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const all = (id: string, within: ParentNode = root) => [
  ...within.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`),
];
const one = <E extends HTMLElement = HTMLElement>(id: string, within: ParentNode = root) =>
  within.querySelector<E>(`[data-testid="${id}"]`);
const cardOf = (id: string) =>
  root.querySelector<HTMLElement>(`[data-testid="annotation-card"][data-id="${id}"]`);

const SHARING: Sharing = {
  groups: { [THEIRS]: HOSTILE },
  defaults: { visibility: 'group', groupName: 'Procurement' },
};

describe('who wrote it and who may read it', () => {
  it('names the author ("you" for your own), the time and who may read each card and reply', async () => {
    const bg = fakeBackground(
      [
        record(MINE, 10),
        record(THEIRS, 100, { visibility: 'group' }),
        record(REPLY, 100, { visibility: 'public', motivation: 'replying', replyTo: THEIRS }),
      ],
      SHARING,
    );
    act(() => render(<SidebarApp services={bg.services} />, root));
    await until(() => all('card-byline').length === 3, 'three bylines');

    const mine = cardOf(MINE) as HTMLElement;
    expect(one('card-author', mine)?.textContent).toBe('you');
    expect(one('card-visibility', mine)?.getAttribute('data-visibility')).toBe('private');
    expect(one('card-visibility', mine)?.getAttribute('aria-label')).toBe('Private: only you can read it');
    // An absolute date in the tooltip, the stamp itself in the machine-readable attribute.
    expect(mine.querySelector('time')?.getAttribute('datetime')).toBe('2026-01-31T12:00:00.000Z');

    const theirs = cardOf(THEIRS) as HTMLElement;
    // A name and a group name that read like markup are shown as text and build nothing.
    expect(one('card-author', theirs)?.textContent).toBe(HOSTILE);
    expect(one('card-group', theirs)?.textContent).toBe(HOSTILE);
    expect(one('card-visibility', theirs)?.getAttribute('aria-label')).toBe(
      `Group: the members of “${HOSTILE}” can read it`,
    );
    expect(root.querySelector('img')).toBeNull();

    const reply = cardOf(REPLY) as HTMLElement;
    expect(one('card-author', reply)?.textContent).toBe('bob');
    expect(one('card-visibility', reply)?.getAttribute('data-visibility')).toBe('public');
  });

  it('words the byline in the reader language', async () => {
    setTestLanguage('fr');
    const bg = fakeBackground([record(MINE, 10, { visibility: 'public' })], SHARING);
    act(() => render(<SidebarApp services={bg.services} />, root));
    await until(() => all('card-byline').length === 1, 'the byline');
    expect(one('card-author')?.textContent).toBe('vous');
    expect(one('card-group')?.textContent).toBe('Publique');
  });

  it('offers the settings’ choice in a new annotation’s editor, and sends the one chosen', async () => {
    const bg = fakeBackground([], SHARING);
    act(() => render(<SidebarApp services={bg.services} />, root));
    await until(() => bg.sent.some((s) => s.type === 'annotations.list'), 'the first list');
    bg.emit({
      type: 'relay',
      event: {
        type: 'draft.open',
        title: 'Plan',
        target: { source: DOC, selector: [{ type: 'TextQuoteSelector', exact: 'open budgets' }] },
      },
    });
    await until(() => one('editor-visibility') !== null, 'the visibility choice');
    expect(one<HTMLInputElement>('editor-visibility-group')?.checked).toBe(true);
    expect(one('editor-visibility')?.textContent).toContain('Group “Procurement”');
    act(() => one<HTMLInputElement>('editor-visibility-private')?.click());
    act(() => one<HTMLButtonElement>('editor-save')?.click());
    await until(() => bg.sent.some((s) => s.type === 'annotations.save'), 'the save');
    const save = bg.sent.find((s) => s.type === 'annotations.save')?.payload as {
      annotation: Annotation;
      visibilityChosen?: boolean;
    };
    expect(save.annotation.visibility).toBe('private');
    expect(save.visibilityChosen).toBe(true);
  });

  it('lets the creator change who reads their card, their own replies following it', async () => {
    const OWN_REPLY = '44444444-4444-4444-8444-444444444444';
    const bg = fakeBackground(
      [
        record(MINE, 10, { visibility: 'group' }),
        record(REPLY, 10, { motivation: 'replying', replyTo: MINE, visibility: 'group' }),
        record(OWN_REPLY, 10, { motivation: 'replying', replyTo: MINE, visibility: 'group' }),
      ],
      { groups: { [MINE]: 'Procurement', [REPLY]: 'Procurement' }, defaults: SHARING.defaults },
    );
    act(() => render(<SidebarApp services={bg.services} />, root));
    await until(() => cardOf(MINE) !== null, 'the card');
    act(() => one<HTMLButtonElement>('card-edit', cardOf(MINE) as HTMLElement)?.click());
    expect(one<HTMLInputElement>('editor-visibility-group')?.checked).toBe(true);
    act(() => one<HTMLInputElement>('editor-visibility-private')?.click());
    act(() => one<HTMLButtonElement>('editor-save')?.click());
    await until(() => bg.sent.some((s) => s.type === 'annotations.save'), 'the save');
    const save = bg.sent.find((s) => s.type === 'annotations.save')?.payload as {
      annotation: Annotation;
      visibilityChosen?: boolean;
    };
    expect(save.annotation).toMatchObject({ id: MINE, visibility: 'private' });
    // An edit is not a new record: no default could apply, so nothing says it was chosen.
    expect(save.visibilityChosen).toBeUndefined();
    await until(() => one('editor') === null, 'the editor to close');
    // My own reply follows its thread; bob's is his to change (no Edit for me on it).
    await until(
      () => bg.sent.filter((s) => s.type === 'annotations.save').length === 2,
      'the own reply to follow',
    );
    const saved = bg.sent
      .filter((s) => s.type === 'annotations.save')
      .map((s) => (s.payload as { annotation: Annotation }).annotation);
    expect(saved.map((a) => [a.id, a.visibility])).toEqual([
      [MINE, 'private'],
      [OWN_REPLY, 'private'],
    ]);
    expect(one('card-edit', cardOf(REPLY) as HTMLElement)).toBeNull();
    // A reply's own editor offers no choice: it goes where its thread goes.
    act(() => one<HTMLButtonElement>('card-edit', cardOf(OWN_REPLY) as HTMLElement)?.click());
    await until(() => one('editor') !== null, 'the reply editor');
    expect(one('editor-visibility')).toBeNull();
  });
});
