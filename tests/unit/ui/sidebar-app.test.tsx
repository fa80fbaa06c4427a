// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnnotationSchema, type Annotation } from '../../../src/core/model/annotation.ts';
import type { call, listenToBackground } from '../../../src/messaging/client.ts';
import type { BackgroundEvent, RequestType, Result } from '../../../src/messaging/protocol.ts';
import { SidebarApp, type SidebarServices } from '../../../src/sidebar/sidebar-app.tsx';
import { setTestLanguage } from '../../support/chrome-i18n.ts';

const DOC = 'https://www.gov.example/plan';

function annotation(id: string, start: number, exact: string, comment = ''): Annotation {
  return {
    id,
    motivation: comment ? 'commenting' : 'highlighting',
    target: {
      source: DOC,
      selector: [
        { type: 'TextQuoteSelector', exact },
        { type: 'TextPositionSelector', start, end: start + exact.length },
      ],
    },
    body: { comment, tags: [] },
    document: { title: 'Plan' },
    visibility: 'private',
    created: '2026-01-31T12:00:00.000Z',
    modified: '2026-01-31T12:00:00.000Z',
  };
}

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';

interface Sent {
  type: RequestType;
  payload: unknown;
}

function fakeBackground(initial: Annotation[]) {
  const store = new Map(initial.map((a) => [a.id, a]));
  const sent: Sent[] = [];
  let push: (event: BackgroundEvent) => void = () => {};
  let refuseSave: Result<never> | null = null;

  const fakeCall = async (type: RequestType, payload: unknown): Promise<Result<unknown>> => {
    sent.push({ type, payload });
    if (type === 'annotations.list') {
      return { ok: true, value: { documentUri: DOC, annotations: [...store.values()] } };
    }
    if (type === 'annotations.save') {
      if (refuseSave) return refuseSave;
      const { annotation: saved } = payload as { annotation: Annotation };
      store.set(saved.id, saved);
      return { ok: true, value: { annotation: saved } };
    }
    if (type === 'annotations.delete') {
      const { id } = payload as { id: string };
      return { ok: true, value: { deleted: store.delete(id) } };
    }
    return { ok: true, value: { delivered: true } };
  };
  const listen: typeof listenToBackground = (_name, onEvent, _signal, onConnect) => {
    push = onEvent;
    onConnect?.();
  };
  const permission = {
    shouldOffer: vi.fn(async () => true),
    request: vi.fn(async () => true),
    markAsked: vi.fn(async () => {}),
  };
  const services: SidebarServices = { call: fakeCall as typeof call, listen, permission };
  return {
    services,
    sent,
    store,
    permission,
    emit: (event: BackgroundEvent) => act(() => push(event)),
    refuseNextSaves: (reply: Result<never>) => (refuseSave = reply),
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

/** Lets pending promises and renders settle until the condition holds (no fixed sleeps). */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 50; i += 1) {
    if (condition()) return;
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const all = (id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const one = <E extends HTMLElement = HTMLElement>(id: string, within: Element | undefined = root) =>
  (within ?? root).querySelector<E>(`[data-testid="${id}"]`);

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('SidebarApp', () => {
  it('lists annotations in document order and puts orphans apart', async () => {
    const bg = fakeBackground([
      annotation(A, 500, 'later'),
      annotation(B, 10, 'earlier'),
      annotation(C, 50, 'gone'),
    ]);
    act(() => render(<SidebarApp services={bg.services} />, root));
    await until(() => all('annotation-card').length === 3, 'three cards');

    expect(one('sidebar-count')?.textContent).toBe('3');
    expect(all('annotation-card').map((c) => c.dataset.id)).toEqual([B, C, A]);

    bg.emit({
      type: 'relay',
      event: { type: 'anchors.changed', states: { [A]: 'anchored', [B]: 'anchored', [C]: 'orphan' } },
    });
    const orphans = one('orphans');
    expect(orphans?.querySelector('h2')?.textContent).toBe('Orphans');
    expect(
      [...(orphans?.querySelectorAll<HTMLElement>('[data-testid="annotation-card"]') ?? [])].map(
        (c) => c.dataset.state,
      ),
    ).toEqual(['orphan']);
    expect(all('annotation-card')[0]?.dataset.state).toBe('anchored');
  });

  it('shows the empty state when there is nothing', async () => {
    const bg = fakeBackground([]);
    act(() => render(<SidebarApp services={bg.services} />, root));
    await until(() => root.textContent?.includes('Select text on the page') ?? false, 'empty state');
    expect(one('permission-banner')).toBeNull();
    expect(bg.permission.shouldOffer).not.toHaveBeenCalled();
  });

  it('saves a draft as a full, valid record', async () => {
    const bg = fakeBackground([]);
    act(() => render(<SidebarApp services={bg.services} />, root));
    await until(() => bg.sent.some((s) => s.type === 'annotations.list'), 'the first list');

    bg.emit({
      type: 'relay',
      event: {
        type: 'draft.open',
        title: 'National Action Plan',
        target: {
          source: DOC,
          selector: [{ type: 'TextQuoteSelector', exact: 'Commitment 3: open budgets' }],
        },
      },
    });
    expect(one('draft-quote')?.textContent).toBe('Commitment 3: open budgets');
    type(one<HTMLTextAreaElement>('editor-comment') as HTMLTextAreaElement, 'Where is the **data**?');
    act(() => one<HTMLButtonElement>('editor-save')?.click());
    await until(() => all('annotation-card').length === 1, 'the saved card');

    const save = bg.sent.find((s) => s.type === 'annotations.save');
    const record = (save?.payload as { annotation: Annotation }).annotation;
    expect(AnnotationSchema.safeParse(record).success).toBe(true);
    expect(record).toMatchObject({
      motivation: 'commenting',
      body: { comment: 'Where is the **data**?', tags: [] },
      document: { title: 'National Action Plan' },
      visibility: 'private',
    });
    expect(record.created).toBe(record.modified);
    expect(one('editor')).toBeNull();
  });

  it('shows a refusal in plain words and its fields beside the editor', async () => {
    const bg = fakeBackground([annotation(A, 0, 'text', 'note')]);
    act(() => render(<SidebarApp services={bg.services} />, root));
    await until(() => all('annotation-card').length === 1, 'one card');
    bg.refuseNextSaves({
      ok: false,
      error: {
        code: 'invalid',
        message: 'The annotation was refused.',
        fields: [
          { field: 'annotation.body.comment', message: 'the comment is longer than 20000 characters' },
        ],
      },
    });
    act(() => one<HTMLButtonElement>('card-edit')?.click());
    act(() => one<HTMLButtonElement>('editor-save')?.click());
    await until(() => one('sidebar-error') !== null, 'the error');

    expect(one('sidebar-error')?.textContent).toContain('The annotation was refused.');
    const comment = one('editor-comment');
    expect(comment?.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('[data-testid="editor"] [role="alert"]')?.textContent).toContain(
      'the comment is longer than',
    );
  });

  it('deletes only after the in-card confirmation', async () => {
    const bg = fakeBackground([annotation(A, 0, 'text')]);
    act(() => render(<SidebarApp services={bg.services} />, root));
    await until(() => all('annotation-card').length === 1, 'one card');
    act(() => one<HTMLButtonElement>('card-delete')?.click());
    expect(bg.sent.some((s) => s.type === 'annotations.delete')).toBe(false);
    act(() => one<HTMLButtonElement>('card-delete-confirm')?.click());
    await until(() => all('annotation-card').length === 0, 'no card');
    expect(bg.sent.find((s) => s.type === 'annotations.delete')?.payload).toEqual({ id: A });
  });

  it('relays selection and close to the annotator', async () => {
    const bg = fakeBackground([annotation(A, 0, 'text')]);
    act(() => render(<SidebarApp services={bg.services} />, root));
    await until(() => all('annotation-card').length === 1, 'one card');
    act(() => one('card-quote')?.click());
    act(() => one<HTMLButtonElement>('sidebar-close')?.click());
    const relayed = bg.sent.filter((s) => s.type === 'relay.toAnnotator').map((s) => s.payload);
    expect(relayed).toEqual([
      { event: { type: 'highlight.scrollTo', id: A } },
      { event: { type: 'sidebar.close' } },
    ]);
  });

  it('offers site access once, asking inside the click', async () => {
    const bg = fakeBackground([annotation(A, 0, 'text')]);
    act(() => render(<SidebarApp services={bg.services} />, root));
    await until(() => one('permission-banner') !== null, 'the banner');
    expect(bg.permission.shouldOffer).toHaveBeenCalledWith('https://www.gov.example/*');

    const allow = [...root.querySelectorAll('button')].find(
      (b) => b.textContent === 'Allow on www.gov.example',
    );
    act(() => allow?.click());
    expect(bg.permission.request).toHaveBeenCalledWith('https://www.gov.example/*');
    expect(bg.permission.markAsked).toHaveBeenCalledWith('https://www.gov.example/*');
    expect(one('permission-banner')).toBeNull();
  });

  describe('in Portuguese', () => {
    afterEach(() => setTestLanguage('en-US'));

    it('shows its headings, buttons and counts in the browser’s language', async () => {
      setTestLanguage('pt-PT');
      const bg = fakeBackground([annotation(A, 10, 'kept'), annotation(B, 50, 'gone')]);
      act(() => render(<SidebarApp services={bg.services} />, root));
      await until(() => all('annotation-card').length === 2, 'two cards');
      bg.emit({
        type: 'relay',
        event: { type: 'anchors.changed', states: { [A]: 'anchored', [B]: 'orphan' } },
      });

      expect(one('orphans')?.querySelector('h2')?.textContent).toBe('Não encontradas no texto');
      expect(one('view-annotations')?.textContent).toBe('Anotações');
      expect(one('view-summary')?.textContent).toBe('Resumo dos compromissos');
      expect(one('transfer-toggle')?.textContent).toBe('Exportar e importar');
      expect(one('sidebar-close')?.getAttribute('aria-label')).toBe('Fechar o painel lateral');
      expect(root.querySelector('.sidebar-count .visually-hidden')?.textContent).toBe('2 anotações');
      const buttons = [...root.querySelectorAll('button')].map((b) => b.textContent);
      expect(buttons).toContain('Permitir em www.gov.example');
      expect(buttons).toContain('Responder');
    });
  });

  describe('commitments, assessments and replies', () => {
    const OUTLINE = [
      { ordinal: 1, label: '1', title: 'Open contracting', start: 0, end: 100, page: null, theme: null },
      {
        ordinal: 2,
        label: '2',
        title: 'Beneficial ownership',
        start: 100,
        end: 200,
        page: null,
        theme: null,
      },
    ];
    const draftAt = (start: number, exact: string): BackgroundEvent => ({
      type: 'relay',
      event: {
        type: 'draft.open',
        title: 'Plan',
        target: {
          source: DOC,
          selector: [
            { type: 'TextQuoteSelector', exact },
            { type: 'TextPositionSelector', start, end: start + exact.length },
          ],
        },
      },
    });
    const saved = (bg: ReturnType<typeof fakeBackground>) =>
      bg.sent
        .filter((s) => s.type === 'annotations.save')
        .map((s) => (s.payload as { annotation: Annotation }).annotation);

    it('shows the outline with counts and links a new comment to the commitment its passage starts in', async () => {
      const bg = fakeBackground([annotation(A, 120, 'register')]);
      act(() => render(<SidebarApp services={bg.services} />, root));
      await until(() => all('annotation-card').length === 1, 'the card');
      bg.emit({ type: 'relay', event: { type: 'commitments.found', commitments: OUTLINE } });
      expect(all('outline-item').map((i) => i.dataset.annotations)).toEqual(['0', '0']);

      bg.emit(draftAt(130, 'owners'));
      expect(one<HTMLSelectElement>('draft-commitment-select')?.value).toBe('2');
      type(one<HTMLTextAreaElement>('editor-comment') as HTMLTextAreaElement, 'Free of charge?');
      act(() => one<HTMLButtonElement>('editor-save')?.click());
      await until(() => all('annotation-card').length === 2, 'the saved card');
      expect(saved(bg)[0]?.body.commitment).toEqual({
        ordinal: 2,
        label: '2',
        title: 'Beneficial ownership',
        linkedBy: 'auto',
      });
      expect(all('outline-item').map((i) => i.dataset.annotations)).toEqual(['0', '1']);
    });

    it('asks before a new comment replaces unsaved text', async () => {
      const bg = fakeBackground([]);
      act(() => render(<SidebarApp services={bg.services} />, root));
      await until(() => bg.sent.some((s) => s.type === 'annotations.list'), 'the first list');
      bg.emit(draftAt(10, 'first passage'));
      type(one<HTMLTextAreaElement>('editor-comment') as HTMLTextAreaElement, 'half a thought');
      bg.emit(draftAt(150, 'second passage'));
      expect(one('pending-draft')).not.toBeNull();
      expect(one('draft-quote')?.textContent).toBe('first passage');
      act(() => one<HTMLButtonElement>('pending-keep')?.click());
      expect(one<HTMLTextAreaElement>('editor-comment')?.value).toBe('half a thought');

      bg.emit(draftAt(150, 'second passage'));
      act(() => one<HTMLButtonElement>('pending-discard')?.click());
      expect(one('draft-quote')?.textContent).toBe('second passage');
      expect(one<HTMLTextAreaElement>('editor-comment')?.value).toBe('');
      // An untouched editor is replaced without a question.
      bg.emit(draftAt(20, 'third passage'));
      expect(one('pending-draft')).toBeNull();
      expect(one('draft-quote')?.textContent).toBe('third passage');
    });

    it('assesses a commitment from the outline; without evidence it is saved and marked unsupported', async () => {
      const bg = fakeBackground([]);
      act(() => render(<SidebarApp services={bg.services} />, root));
      await until(() => bg.sent.some((s) => s.type === 'annotations.list'), 'the first list');
      bg.emit({ type: 'relay', event: { type: 'commitments.found', commitments: OUTLINE } });
      act(() => all('outline-assess')[0]?.click());
      const form = one('assessment-form');
      expect(form).not.toBeNull();
      // Saving with no level names the field, beside it.
      act(() => one<HTMLButtonElement>('editor-save')?.click());
      expect(one('completion-error')?.textContent).toContain('must be one of the completion levels');
      act(() => form?.querySelector<HTMLInputElement>('input[value="substantial"]')?.click());
      act(() => one<HTMLButtonElement>('editor-save')?.click());
      await until(() => all('annotation-card').length === 1, 'the assessment card');
      const record = saved(bg)[0];
      expect(AnnotationSchema.safeParse(record).success).toBe(true);
      expect(record).toMatchObject({
        motivation: 'assessing',
        body: { assessment: { completion: 'substantial' }, commitment: { ordinal: 1, linkedBy: 'manual' } },
      });
      expect(one('unsupported-badge', all('annotation-card')[0])?.textContent).toBe('Unsupported');
      expect(all('outline-item')[0]?.dataset.unsupported).toBe('1');

      // Editing it with an empty comment keeps it an assessment.
      act(() => one<HTMLButtonElement>('card-edit')?.click());
      act(() => one<HTMLButtonElement>('editor-save')?.click());
      await until(() => saved(bg).length === 2, 'the second save');
      expect(saved(bg)[1]?.motivation).toBe('assessing');
    });

    it('refuses an evidence address that is not http(s), beside the field', async () => {
      const bg = fakeBackground([]);
      act(() => render(<SidebarApp services={bg.services} />, root));
      await until(() => bg.sent.some((s) => s.type === 'annotations.list'), 'the first list');
      bg.emit(draftAt(10, 'passage'));
      act(() => one<HTMLButtonElement>('evidence-add')?.click());
      type(one<HTMLInputElement>('evidence-url') as HTMLInputElement, 'javascript:alert(1)');
      type(one<HTMLInputElement>('evidence-title') as HTMLInputElement, 'A trap');
      act(() => one<HTMLButtonElement>('editor-save')?.click());
      expect(one('evidence-url-error')?.textContent).toContain('must be an http or https address');
      expect(saved(bg)).toEqual([]);
      type(one<HTMLInputElement>('evidence-url') as HTMLInputElement, 'https://gov.example/report');
      act(() => one<HTMLButtonElement>('editor-save')?.click());
      await until(() => saved(bg).length === 1, 'the save');
      expect(saved(bg)[0]?.body.evidence?.[0]).toMatchObject({
        url: 'https://gov.example/report',
        title: 'A trap',
      });
    });

    it('filters the list by commitment and says so when nothing matches', async () => {
      const bg = fakeBackground([annotation(A, 20, 'open data'), annotation(B, 120, 'register')]);
      act(() => render(<SidebarApp services={bg.services} />, root));
      await until(() => all('annotation-card').length === 2, 'the cards');
      bg.emit({ type: 'relay', event: { type: 'commitments.found', commitments: OUTLINE } });
      // Link B to commitment 2 by hand, from its card.
      act(() => all('card-relink')[1]?.click());
      const select = one<HTMLSelectElement>('card-commitment-select') as HTMLSelectElement;
      act(() => {
        select.value = '2';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await until(() => all('outline-item')[1]?.dataset.annotations === '1', 'the link');
      expect(bg.store.get(B)?.body.commitment).toMatchObject({ ordinal: 2, linkedBy: 'manual' });

      const filter = one<HTMLSelectElement>('filter-commitment') as HTMLSelectElement;
      act(() => {
        filter.value = '2';
        filter.dispatchEvent(new Event('change', { bubbles: true }));
      });
      expect(all('annotation-card').map((c) => c.dataset.id)).toEqual([B]);
      act(() => {
        filter.value = 'none';
        filter.dispatchEvent(new Event('change', { bubbles: true }));
      });
      expect(all('annotation-card').map((c) => c.dataset.id)).toEqual([A]);
      const completion = one<HTMLSelectElement>('filter-completion') as HTMLSelectElement;
      act(() => {
        completion.value = 'complete';
        completion.dispatchEvent(new Event('change', { bubbles: true }));
      });
      expect(all('annotation-card')).toEqual([]);
      expect(one('filter-empty')).not.toBeNull();
      act(() => one<HTMLButtonElement>('filter-clear')?.click());
      expect(all('annotation-card')).toHaveLength(2);
    });

    it('answers an annotation with a reply that copies its target and visibility', async () => {
      const bg = fakeBackground([{ ...annotation(A, 10, 'text', 'root'), visibility: 'group' }]);
      act(() => render(<SidebarApp services={bg.services} />, root));
      await until(() => all('annotation-card').length === 1, 'the card');
      act(() => one<HTMLButtonElement>('card-reply')?.click());
      type(one<HTMLTextAreaElement>('editor-comment') as HTMLTextAreaElement, 'I agree');
      act(() => one<HTMLButtonElement>('editor-save')?.click());
      await until(() => all('replies').length === 1, 'the thread');
      const reply = saved(bg)[0];
      expect(reply).toMatchObject({
        motivation: 'replying',
        replyTo: A,
        visibility: 'group',
        body: { comment: 'I agree' },
      });
      expect(reply?.target).toEqual(bg.store.get(A)?.target);
    });

    it("shows a reply under its parent without quoting the parent's passage again", async () => {
      const parent = annotation(A, 10, 'the passage both cards are about', 'root');
      const reply: Annotation = {
        ...annotation(B, 10, 'the passage both cards are about', 'I agree'),
        motivation: 'replying',
        replyTo: A,
        created: '2026-02-01T12:00:00.000Z',
      };
      const bg = fakeBackground([parent, reply]);
      act(() => render(<SidebarApp services={bg.services} />, root));
      await until(() => all('annotation-card').length === 2, 'the thread');
      const thread = one('thread');
      const quotes = [...(thread?.querySelectorAll('[data-testid="card-quote"]') ?? [])];
      expect(quotes.map((q) => q.textContent)).toEqual(['the passage both cards are about']);
      const replyCard = one('replies')?.querySelector<HTMLElement>('[data-testid="annotation-card"]');
      expect(replyCard?.dataset.id).toBe(B);
      expect(replyCard?.querySelector('[data-testid="card-quote"]')).toBeNull();
      expect(replyCard?.textContent).toContain('I agree');
    });
  });
});
