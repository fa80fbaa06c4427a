import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationTarget } from '../../../src/core/model/annotation.ts';
import type { CommitmentOutline } from '../../../src/messaging/protocol.ts';
import { NO_FILTERS } from '../../../src/ui/annotation-filters.ts';
import {
  initialSidebarState,
  sidebarReducer,
  type SidebarAction,
  type SidebarState,
} from '../../../src/sidebar/sidebar-state.ts';

const DOC = 'https://www.gov.example/plan';
const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

function annotation(id: string, comment = ''): Annotation {
  return {
    id,
    motivation: comment ? 'commenting' : 'highlighting',
    target: { source: DOC, selector: [{ type: 'TextQuoteSelector', exact: 'open data' }] },
    body: { comment, tags: [] },
    document: { title: 'Plan' },
    visibility: 'private',
    created: '2026-01-31T12:00:00.000Z',
    modified: '2026-01-31T12:00:00.000Z',
  };
}

function target(start: number, end: number): AnnotationTarget {
  return {
    source: DOC,
    selector: [
      { type: 'TextQuoteSelector', exact: 'x'.repeat(end - start) },
      { type: 'TextPositionSelector', start, end },
    ],
  };
}

const OUTLINE: CommitmentOutline[] = [
  { ordinal: 1, label: '1', title: 'Open contracting', start: 0, end: 100, page: null, theme: null },
  { ordinal: 2, label: '2', title: 'Beneficial ownership', start: 100, end: 200, page: null, theme: null },
];

const run = (actions: SidebarAction[], from: SidebarState = initialSidebarState): SidebarState =>
  actions.reduce(sidebarReducer, from);

const draftRequest = (start: number, end: number): SidebarAction => ({
  type: 'draftRequested',
  target: target(start, end),
  title: 'Plan',
  assess: false,
});

describe('the sidebar store: which form is open', () => {
  it('starts with no form, no list and the annotation view', () => {
    expect(initialSidebarState.form).toEqual({ kind: 'none' });
    expect(initialSidebarState.loaded).toBe(false);
    expect(initialSidebarState.view).toBe('annotations');
  });

  it('opens a draft linked to the commitment its passage starts in, with a fresh key each time', () => {
    const first = run([{ type: 'outlineFound', outline: OUTLINE }, draftRequest(120, 130)]);
    expect(first.form).toMatchObject({ kind: 'draft', title: 'Plan', assess: false });
    expect(first.form.kind === 'draft' && first.form.commitment).toEqual({
      ordinal: 2,
      label: '2',
      title: 'Beneficial ownership',
      linkedBy: 'auto',
    });
    const second = run([draftRequest(10, 20)], first);
    expect(second.form.kind === 'draft' && second.form.key).not.toBe(
      first.form.kind === 'draft' && first.form.key,
    );
    expect(second.form.kind === 'draft' && second.form.commitment?.ordinal).toBe(1);
  });

  it('links a draft by the pieces of an outline found in a text read in another order', () => {
    // A table drawn column by column: each row's span in the viewer's text runs over the rows after it.
    const scattered: CommitmentOutline[] = [
      {
        ...OUTLINE[0],
        start: 0,
        end: 20,
        pieces: [
          { start: 0, end: 10 },
          { start: 40, end: 60 },
        ],
      },
      {
        ...OUTLINE[1],
        start: 10,
        end: 200,
        pieces: [
          { start: 10, end: 20 },
          { start: 60, end: 80 },
        ],
      },
    ] as CommitmentOutline[];
    const linked = (start: number) => {
      const state = run([{ type: 'outlineFound', outline: scattered }, draftRequest(start, start + 5)]);
      return state.form.kind === 'draft' ? state.form.commitment?.ordinal : 'no draft';
    };
    expect(linked(45)).toBe(1);
    expect(linked(65)).toBe(2);
    expect(linked(12)).toBe(2);
    // Inside row 2's span, in none of the pieces: the table's header, say.
    expect(linked(100)).toBeUndefined();
  });

  it('lets the draft change its commitment by hand, and only a draft', () => {
    const state = run([{ type: 'outlineFound', outline: OUTLINE }, draftRequest(10, 20)]);
    const manual = { ordinal: 2, label: '2', title: 'Beneficial ownership', linkedBy: 'manual' as const };
    const chosen = sidebarReducer(state, { type: 'draftCommitmentChosen', commitment: manual });
    expect(chosen.form.kind === 'draft' && chosen.form.commitment).toEqual(manual);
    const none = sidebarReducer(chosen, { type: 'draftCommitmentChosen', commitment: undefined });
    expect(none.form.kind === 'draft' && none.form.commitment).toBeUndefined();
    const editing = run([{ type: 'cardFormOpened', id: A, mode: 'edit' }]);
    expect(sidebarReducer(editing, { type: 'draftCommitmentChosen', commitment: manual })).toBe(editing);
  });

  it('keeps unsaved text: a new passage waits for an answer instead of replacing the form', () => {
    const typing = run([draftRequest(10, 20), { type: 'dirtyChanged', dirty: true }]);
    const waiting = sidebarReducer(typing, draftRequest(120, 130));
    expect(waiting.form).toBe(typing.form);
    expect(waiting.pendingDraft).toMatchObject({ kind: 'draft', target: target(120, 130) });

    const kept = sidebarReducer(waiting, { type: 'pendingKept' });
    expect(kept.form).toBe(typing.form);
    expect(kept.pendingDraft).toBeNull();
    expect(kept.dirty).toBe(true);

    const discarded = sidebarReducer(waiting, { type: 'pendingDiscarded' });
    expect(discarded.form).toBe(waiting.pendingDraft);
    expect(discarded.pendingDraft).toBeNull();
    expect(discarded.dirty).toBe(false);
  });

  it('asks nothing when the open form is clean', () => {
    const state = run([draftRequest(10, 20), { type: 'dirtyChanged', dirty: false }, draftRequest(30, 40)]);
    expect(state.pendingDraft).toBeNull();
    expect(state.form).toMatchObject({ kind: 'draft', target: target(30, 40) });
  });

  it('holds one form at a time: each opening replaces the last and clears its errors', () => {
    const fields = [{ field: 'annotation.body.comment', message: 'too long' }];
    let state = run([
      draftRequest(10, 20),
      { type: 'dirtyChanged', dirty: true },
      { type: 'saveFailed', message: 'refused', fields },
    ]);
    expect(state.fieldErrors).toEqual(fields);

    state = sidebarReducer(state, { type: 'assessOpened', ordinal: 2 });
    expect(state.form).toMatchObject({ kind: 'assess', ordinal: 2 });
    expect(state.fieldErrors).toEqual([]);
    expect(state.dirty).toBe(false);

    state = sidebarReducer(state, { type: 'cardFormOpened', id: A, mode: 'assess' });
    expect(state.form).toEqual({ kind: 'edit', id: A, assess: true });
    state = sidebarReducer(state, { type: 'cardFormOpened', id: A, mode: 'edit' });
    expect(state.form).toEqual({ kind: 'edit', id: A, assess: false });
    state = sidebarReducer(state, { type: 'cardFormOpened', id: B, mode: 'reply' });
    expect(state.form).toEqual({ kind: 'reply', id: B });

    state = sidebarReducer(state, { type: 'formClosed' });
    expect(state.form).toEqual({ kind: 'none' });
  });

  it('leaves a waiting passage waiting when the open form is cancelled', () => {
    const waiting = run([draftRequest(10, 20), { type: 'dirtyChanged', dirty: true }, draftRequest(30, 40)]);
    const closed = sidebarReducer(waiting, { type: 'formClosed' });
    expect(closed.form.kind).toBe('none');
    expect(closed.pendingDraft).toBe(waiting.pendingDraft);
  });
});

describe('the sidebar store: the list and saving', () => {
  it('reads the list and marks it loaded', () => {
    const state = run([
      {
        type: 'listLoaded',
        documentUri: DOC,
        annotations: [annotation(A)],
        authors: { [A]: 'ana' },
        me: 'ana',
      },
    ]);
    expect(state).toMatchObject({ loaded: true, documentUri: DOC, me: 'ana', authors: { [A]: 'ana' } });
    expect(state.annotations.map((a) => a.id)).toEqual([A]);
  });

  it('is busy while saving, shows a saved record at once and forgets the last refusal', () => {
    const listed = run([
      {
        type: 'listLoaded',
        documentUri: DOC,
        annotations: [annotation(A), annotation(B)],
        authors: {},
        me: null,
      },
    ]);
    const busy = run([{ type: 'saveStarted' }], listed);
    expect(busy.busy).toBe(true);
    const refused = sidebarReducer(busy, { type: 'saveFailed', message: 'no', fields: [] });
    expect(refused).toMatchObject({ busy: false, error: 'no' });

    const edited = annotation(A, 'now with a comment');
    const saved = run([{ type: 'saveStarted' }, { type: 'saved', annotation: edited }], refused);
    expect(saved).toMatchObject({ busy: false, error: null, fieldErrors: [] });
    expect(saved.annotations.map((a) => a.id)).toEqual([B, A]);
    expect(saved.annotations.find((a) => a.id === A)?.body.comment).toBe('now with a comment');
  });

  it('reports a record that fails the schema here without touching a save under way', () => {
    const fields = [{ field: 'annotation.body.tags.0', message: 'empty' }];
    const state = run([{ type: 'saveStarted' }, { type: 'recordInvalid', message: 'cannot save', fields }]);
    expect(state).toMatchObject({ busy: true, error: 'cannot save', fieldErrors: fields });
  });

  it('drops a deleted record and the error before it', () => {
    const state = run([
      {
        type: 'listLoaded',
        documentUri: DOC,
        annotations: [annotation(A), annotation(B)],
        authors: {},
        me: null,
      },
      { type: 'errorShown', message: 'earlier' },
      { type: 'removed', id: A },
    ]);
    expect(state.annotations.map((a) => a.id)).toEqual([B]);
    expect(state.error).toBeNull();
  });

  it('asks for the same card again with a new request number', () => {
    const once = run([{ type: 'cardFocused', id: A }]);
    const twice = sidebarReducer(once, { type: 'cardFocused', id: A });
    expect(once.focus?.id).toBe(A);
    expect(twice.focus?.request).toBeGreaterThan(once.focus?.request ?? 0);
  });

  it('opens a summary row in the full list, on its card', () => {
    const state = run([
      { type: 'viewChosen', view: 'summary' },
      { type: 'filtersChanged', filters: { ...NO_FILTERS, tag: 'budget' } },
      { type: 'summaryOpened', id: B },
    ]);
    expect(state.view).toBe('annotations');
    expect(state.filters).toEqual(NO_FILTERS);
    expect(state.focus?.id).toBe(B);
  });

  it("shows one commitment's annotations alone from the outline", () => {
    const state = run([
      { type: 'filtersChanged', filters: { ...NO_FILTERS, tag: 'budget' } },
      { type: 'commitmentShown', ordinal: 2 },
    ]);
    expect(state.filters).toEqual({ ...NO_FILTERS, commitment: 2 });
  });

  it('changes one card link at a time and ends it once', () => {
    const state = run([{ type: 'relinkStarted', id: A }]);
    expect(state.relinking).toBe(A);
    const ended = sidebarReducer(state, { type: 'relinkEnded' });
    expect(ended.relinking).toBeNull();
    expect(sidebarReducer(ended, { type: 'relinkEnded' })).toBe(ended);
  });

  it('opens a page note in the Page notes view, on a commitment or the whole document', () => {
    const ref = { ordinal: 2, label: '2', title: 'Beneficial ownership', linkedBy: 'manual' } as const;
    const state = run([
      { type: 'dirtyChanged', dirty: true },
      { type: 'noteOpened', commitment: ref },
    ]);
    expect(state.view).toBe('notes');
    expect(state.form).toMatchObject({ kind: 'note', commitment: ref });
    expect(state.dirty).toBe(false);
    const unlinked = sidebarReducer(state, { type: 'noteCommitmentChosen', commitment: undefined });
    expect(unlinked.form).toMatchObject({ kind: 'note', commitment: undefined });
    // A fresh form each time it opens.
    const again = sidebarReducer(unlinked, { type: 'noteOpened' });
    expect(
      again.form.kind === 'note' && state.form.kind === 'note' && again.form.key !== state.form.key,
    ).toBe(true);
    // Only the note form takes a note's commitment.
    expect(sidebarReducer(initialSidebarState, { type: 'noteCommitmentChosen', commitment: ref })).toBe(
      initialSidebarState,
    );
  });
});
