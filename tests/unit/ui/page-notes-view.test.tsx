// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnnotationSchema, type Annotation } from '../../../src/core/model/annotation.ts';
import type { call, listenToBackground } from '../../../src/messaging/client.ts';
import type {
  BackgroundEvent,
  CommitmentOutline,
  RequestType,
  Result,
} from '../../../src/messaging/protocol.ts';
import { SidebarApp, type SidebarServices } from '../../../src/sidebar/sidebar-app.tsx';

/*
 * Page notes: annotations with no passage (a W3C target given as a bare IRI: no selectors), on the whole
 * document or on a commitment as a whole. The sidebar lists them in a view of their own, never among the
 * orphans, and writes them from that view or from a commitment.
 */

const DOC = 'https://www.gov.example/plan';
const WHOLE = '44444444-4444-4444-8444-444444444444';
const PASSAGE = '55555555-5555-4555-8555-555555555555';
const OUTLINE: CommitmentOutline[] = [
  { ordinal: 1, label: '1', title: 'Open contracting', start: 0, end: 100, page: null, theme: null },
  { ordinal: 2, label: '2', title: 'Beneficial ownership', start: 100, end: 200, page: null, theme: null },
];

const record = (id: string, selector: Annotation['target']['selector'], comment: string): Annotation =>
  AnnotationSchema.parse({
    id,
    motivation: 'commenting',
    target: { source: DOC, selector },
    body: { comment, tags: [] },
    document: { title: 'Plan' },
    visibility: 'private',
    created: '2026-01-31T12:00:00.000Z',
    modified: '2026-01-31T12:00:00.000Z',
  });

function fakeBackground(initial: Annotation[]) {
  const store = new Map(initial.map((a) => [a.id, a]));
  const saved: Annotation[] = [];
  let push: (event: BackgroundEvent) => void = () => {};
  const fakeCall = async (type: RequestType, payload: unknown): Promise<Result<unknown>> => {
    if (type === 'annotations.list')
      return { ok: true, value: { documentUri: DOC, annotations: [...store.values()] } };
    if (type === 'annotations.save') {
      // As the background does: the schema first.
      const annotation = AnnotationSchema.parse((payload as { annotation: unknown }).annotation);
      store.set(annotation.id, annotation);
      saved.push(annotation);
      return { ok: true, value: { annotation } };
    }
    return { ok: true, value: { delivered: true } };
  };
  const listen: typeof listenToBackground = (_name, onEvent, _signal, onConnect) => {
    push = onEvent;
    onConnect?.();
  };
  const services: SidebarServices = {
    call: fakeCall as typeof call,
    listen,
    permission: { shouldOffer: async () => false, request: async () => true, markAsked: async () => {} },
  };
  return { services, saved, emit: (event: BackgroundEvent) => act(() => push(event)) };
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

const all = (id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const one = <E extends HTMLElement = HTMLElement>(id: string) =>
  root.querySelector<E>(`[data-testid="${id}"]`);
const click = (id: string) => act(() => one(id)?.click());
const cards = () => all('annotation-card');

function type(field: HTMLInputElement | HTMLTextAreaElement | null, value: string): void {
  if (!field) throw new Error('no such field');
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('page notes in the sidebar', () => {
  it('lists a note on the whole document under Page notes, never among the orphans', async () => {
    const bg = fakeBackground([
      record(WHOLE, [], 'The plan as a whole lacks deadlines.'),
      record(PASSAGE, [{ type: 'TextQuoteSelector', exact: 'Open contracting' }], 'On a passage.'),
    ]);
    act(() => render(<SidebarApp services={bg.services} />, root));
    await until(() => cards().length === 1, 'the passage card');
    // Even if something called it an orphan, it is not one.
    bg.emit({
      type: 'relay',
      event: { type: 'anchors.changed', states: { [WHOLE]: 'orphan', [PASSAGE]: 'anchored' } },
    });
    expect(cards().map((c) => c.dataset.id)).toEqual([PASSAGE]);
    expect(one('orphans')).toBeNull();
    expect(one('page-notes-count')?.textContent).toBe('1');

    click('view-notes');
    expect(one('view-notes')?.getAttribute('aria-pressed')).toBe('true');
    const [whole] = cards();
    expect(cards()).toHaveLength(1);
    expect(whole?.dataset.id).toBe(WHOLE);
    expect(whole?.dataset.state).toBe('page-note');
    expect(whole?.querySelector('[data-testid="card-quote"]')).toBeNull();
    expect(whole?.querySelector('[data-testid="card-comment"]')?.textContent).toContain(
      'The plan as a whole lacks deadlines.',
    );
  });

  it('writes a new page note with comment and tags: no selector, on this document, shown as text', async () => {
    const bg = fakeBackground([]);
    act(() => render(<SidebarApp services={bg.services} />, root));
    await until(() => one('view-notes') !== null, 'the sidebar');
    click('view-notes');
    await until(() => one('page-notes-empty') !== null, 'the empty note');
    click('page-note-new');
    expect(one('page-note-subject')?.textContent).toBe('A note on the whole document');
    const hostile = '<img src=x onerror="window.hit=1"><script>window.hit=2</script> **bold**';
    type(one<HTMLTextAreaElement>('editor-comment'), hostile);
    type(one<HTMLInputElement>('editor-tags'), 'overall, deadlines');
    click('editor-save');
    await until(() => cards().length === 1, 'the saved note');
    expect(bg.saved).toHaveLength(1);
    expect(bg.saved[0]).toMatchObject({
      motivation: 'commenting',
      target: { source: DOC, selector: [] },
      body: { comment: hostile, tags: ['overall', 'deadlines'] },
    });
    expect(bg.saved[0]?.body.commitment).toBeUndefined();
    expect(one('page-note-form')).toBeNull();
    const card = cards()[0];
    expect(card?.dataset.state).toBe('page-note');
    expect(card?.querySelector('img, script')).toBeNull();
    expect(card?.querySelector('[data-testid="card-comment"]')?.textContent).toContain(
      '<script>window.hit=2',
    );
    expect(all('card-tag').map((t) => t.textContent)).toEqual(['overall', 'deadlines']);
  });

  it("writes a note on a commitment from the outline's Note button, linked by hand, with no passage", async () => {
    const bg = fakeBackground([]);
    act(() => render(<SidebarApp services={bg.services} />, root));
    await until(() => one('view-notes') !== null, 'the sidebar');
    bg.emit({ type: 'relay', event: { type: 'commitments.found', commitments: OUTLINE } });
    act(() => all('outline-note')[1]?.click());
    // The Page notes view opens on the form, about that commitment.
    expect(one('view-notes')?.getAttribute('aria-pressed')).toBe('true');
    expect(one('page-note-subject')?.textContent).toBe('A note on 2. Beneficial ownership');
    expect(one<HTMLSelectElement>('page-note-commitment-select')?.value).toBe('2');
    type(one<HTMLTextAreaElement>('editor-comment'), 'No owner register is planned.');
    click('editor-save');
    await until(() => bg.saved.length === 1, 'the save');
    expect(bg.saved[0]).toMatchObject({
      target: { source: DOC, selector: [] },
      body: {
        comment: 'No owner register is planned.',
        commitment: { ordinal: 2, label: '2', title: 'Beneficial ownership', linkedBy: 'manual' },
      },
    });
    await until(() => cards().length === 1, 'the card');
    expect(one('card-commitment-name')?.textContent).toBe('2. Beneficial ownership');
    // The commitment counts it among its annotations.
    click('view-annotations');
    expect(all('outline-item').map((i) => i.dataset.annotations)).toEqual(['0', '1']);
    expect(cards()).toHaveLength(0);
    // "Show its annotations" on that commitment finds the note too, under its own heading.
    act(() => all('outline-show')[0]?.click());
    expect(one('filter-empty')).toBeNull();
    expect(one('filtered-page-notes')?.querySelectorAll('[data-testid="annotation-card"]')).toHaveLength(1);
    expect(one('orphans')).toBeNull();
  });

  it('gives the focus back to New page note when the form is cancelled', async () => {
    const bg = fakeBackground([]);
    act(() => render(<SidebarApp services={bg.services} />, root));
    await until(() => one('view-notes') !== null, 'the sidebar');
    click('view-notes');
    const button = one<HTMLButtonElement>('page-note-new');
    act(() => button?.focus());
    click('page-note-new');
    expect(one('page-note-form')).not.toBeNull();
    click('editor-cancel');
    await until(() => document.activeElement === button, 'the focus back on the button');
    expect(one('page-note-form')).toBeNull();
    expect(bg.saved).toEqual([]);
  });

  it('offers Note on each commitment of the summary too, and the form can drop the link', async () => {
    const bg = fakeBackground([]);
    act(() => render(<SidebarApp services={bg.services} />, root));
    await until(() => one('view-summary') !== null, 'the sidebar');
    bg.emit({ type: 'relay', event: { type: 'commitments.found', commitments: OUTLINE } });
    click('view-summary');
    act(() => all('summary-note')[0]?.click());
    expect(one('page-note-subject')?.textContent).toBe('A note on 1. Open contracting');
    const select = one<HTMLSelectElement>('page-note-commitment-select');
    act(() => {
      if (!select) return;
      select.value = '';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(one('page-note-subject')?.textContent).toBe('A note on the whole document');
    type(one<HTMLTextAreaElement>('editor-comment'), 'After all, on the plan.');
    click('editor-save');
    await until(() => bg.saved.length === 1, 'the save');
    expect(bg.saved[0]?.body.commitment).toBeUndefined();
    expect(bg.saved[0]?.target.selector).toEqual([]);
  });
});
