import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../src/core/model/annotation.ts';
import { NO_FILTERS } from '../../../src/ui/annotation-filters.ts';
import type { CommitmentSummary } from '../../../src/ui/commitment-review.ts';
import {
  assessedCommitment,
  authorNames,
  draftQuote,
  editFormOf,
  filteredNotes,
  filterTags,
  formOpen,
  isMine,
  replyFormOf,
  showsEmptyNote,
  showsFilterEmptyNote,
  showsNotesEmptyNote,
  showsUnsupportedNote,
  notesInOrder,
  splitThreads,
  stateOf,
  threadsInOrder,
  visibleThreads,
} from '../../../src/sidebar/sidebar-selectors.ts';
import { initialSidebarState, type SidebarState } from '../../../src/sidebar/sidebar-state.ts';

const DOC = 'https://www.gov.example/plan';
const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';
const R = '44444444-4444-4444-8444-444444444444';

function annotation(id: string, start: number, tags: string[] = []): Annotation {
  return {
    id,
    motivation: 'highlighting',
    target: {
      source: DOC,
      selector: [
        { type: 'TextQuoteSelector', exact: `passage ${id.slice(0, 1)}` },
        { type: 'TextPositionSelector', start, end: start + 9 },
      ],
    },
    body: { comment: '', tags },
    document: { title: 'Plan' },
    visibility: 'private',
    created: '2026-01-31T12:00:00.000Z',
    modified: '2026-01-31T12:00:00.000Z',
  };
}

function reply(id: string, root: Annotation): Annotation {
  return { ...annotation(id, 0), motivation: 'replying', replyTo: root.id, target: root.target };
}

const state = (over: Partial<SidebarState>): SidebarState => ({ ...initialSidebarState, ...over });

describe('the sidebar selectors', () => {
  it('reads a card form only on its own card', () => {
    const editing = state({ form: { kind: 'edit', id: A, assess: false } });
    expect(formOpen(editing)).toBe(true);
    expect(editFormOf(editing, A)).toEqual({ kind: 'edit', id: A, assess: false });
    expect(editFormOf(editing, B)).toBeNull();
    expect(replyFormOf(editing, A)).toBeNull();
    const replying = state({ form: { kind: 'reply', id: B } });
    expect(replyFormOf(replying, B)).toEqual({ kind: 'reply', id: B });
    expect(editFormOf(replying, B)).toBeNull();
    expect(formOpen(initialSidebarState)).toBe(false);
  });

  it("treats a record without a known author as one's own, and someone else's as theirs", () => {
    const s = state({ authors: { [A]: 'ana', [B]: 'rui' }, me: 'ana' });
    expect(isMine(s, annotation(A, 0))).toBe(true);
    expect(isMine(s, annotation(B, 0))).toBe(false);
    expect(isMine(s, annotation(C, 0))).toBe(true);
  });

  it('calls a card pending until the annotator says where it is', () => {
    const s = state({ states: { [A]: 'orphan' } });
    expect(stateOf(s, A)).toBe('orphan');
    expect(stateOf(s, B)).toBe('pending');
  });

  it('orders threads by their place in the text, replies under their root, orphans apart', () => {
    const a = annotation(A, 50);
    const b = annotation(B, 10);
    const c = annotation(C, 30);
    const threads = threadsInOrder([a, reply(R, a), b, c]);
    expect(threads.map((th) => th.root.id)).toEqual([B, C, A]);
    expect(threads[2]?.replies.map((r) => r.id)).toEqual([R]);

    const s = state({ states: { [A]: 'anchored', [B]: 'orphan', [C]: 'anchored' } });
    const { visible, placed, orphans } = visibleThreads(s, threads);
    expect(visible.map((th) => th.root.id)).toEqual([B, C, A]);
    expect(placed.map((th) => th.root.id)).toEqual([C, A]);
    expect(orphans.map((th) => th.root.id)).toEqual([B]);

    const onlyOrphans = visibleThreads(
      state({ ...s, filters: { ...NO_FILTERS, anchoring: 'orphan' } }),
      threads,
    );
    expect(onlyOrphans.visible.map((th) => th.root.id)).toEqual([B]);
  });

  it('offers each author once, sorted, and only tags that some record carries', () => {
    const records = [annotation(A, 0, ['budget']), annotation(B, 0), annotation(C, 0)];
    expect(authorNames(records, { [A]: 'rui', [B]: 'ana', [C]: 'rui' }, 'ana')).toEqual(['ana', 'rui']);
    expect(filterTags(['budget', 'stale'], records)).toEqual(['budget']);
  });

  it("shows the draft's quote and the commitment a new assessment is about", () => {
    const a = annotation(A, 0);
    const drafting = state({
      form: { kind: 'draft', key: 1, target: a.target, title: 'Plan', assess: false },
    });
    expect(draftQuote(drafting)).toBe('passage 1');
    expect(draftQuote(initialSidebarState)).toBe('');

    const outline = [
      { ordinal: 3, label: '3', title: 'Open budgets', start: 0, end: 9, page: null, theme: null },
    ];
    expect(assessedCommitment(state({ outline, form: { kind: 'assess', key: 2, ordinal: 3 } }))?.title).toBe(
      'Open budgets',
    );
    // The outline changed under the form: nothing to assess, so no form is drawn.
    expect(
      assessedCommitment(state({ outline, form: { kind: 'assess', key: 2, ordinal: 4 } })),
    ).toBeUndefined();
  });

  it('says the list is empty only when nothing is filtered away and no draft is coming', () => {
    const a = annotation(A, 0);
    expect(showsEmptyNote(state({ loaded: true }), [])).toBe(true);
    expect(showsEmptyNote(state({ loaded: false }), [])).toBe(false);
    const drafting = state({
      loaded: true,
      form: { kind: 'draft', key: 1, target: a.target, title: 'Plan', assess: false },
    });
    expect(showsEmptyNote(drafting, [])).toBe(false);
    const filtering = state({ loaded: true, filters: { ...NO_FILTERS, tag: 'x' } });
    expect(showsEmptyNote(filtering, [])).toBe(false);
    expect(showsFilterEmptyNote(filtering, [])).toBe(true);
    expect(showsFilterEmptyNote(state({ loaded: true }), [])).toBe(false);
  });

  it('explains the unsupported badge in the list view when some assessment has no evidence', () => {
    const row = (supported: boolean): CommitmentSummary => ({
      commitment: { ordinal: 1, label: '1', title: 'Open budgets' },
      assessments: [
        { id: A, author: 'ana', completion: 'limited', evidence: supported ? 1 : 0, supported, modified: '' },
      ],
      evidenceBacked: supported ? 1 : 0,
      disagreement: false,
      positions: [],
    });
    expect(showsUnsupportedNote(initialSidebarState, [row(false)])).toBe(true);
    expect(showsUnsupportedNote(initialSidebarState, [row(true)])).toBe(false);
    expect(showsUnsupportedNote(state({ view: 'summary' }), [row(false)])).toBe(false);
  });

  it('keeps page notes (no passage) apart from the passages, and orders them by commitment', () => {
    const whole = (id: string, ordinal?: number): Annotation => ({
      ...annotation(id, 0),
      target: { source: DOC, selector: [] },
      body: {
        comment: 'On the whole',
        tags: [],
        ...(ordinal ? { commitment: { ordinal, label: null, title: 'T', linkedBy: 'manual' as const } } : {}),
      },
    });
    const passage = annotation(A, 10);
    const onTwo = whole(B, 2);
    const onPlan = whole(C);
    const answer = reply(R, onPlan);
    const threads = threadsInOrder([onTwo, passage, answer, onPlan]);
    const { passages, notes } = splitThreads(threads);
    expect(passages.map((t) => t.root.id)).toEqual([A]);
    expect(notesInOrder(notes).map((t) => t.root.id)).toEqual([C, B]);
    expect(notes.find((t) => t.root.id === C)?.replies.map((r) => r.id)).toEqual([R]);
    // Called orphans by mistake, they are still not listed as orphans: only passages are split.
    const { orphans } = visibleThreads(state({ states: { [B]: 'orphan', [C]: 'orphan' } }), passages);
    expect(orphans).toEqual([]);
    expect(showsNotesEmptyNote(state({ loaded: true }), [])).toBe(true);
    expect(showsNotesEmptyNote(state({ loaded: true, form: { kind: 'note', key: 1 } }), [])).toBe(false);
    expect(showsNotesEmptyNote(state({ loaded: true }), notes)).toBe(false);
    // The list view shows them only while filtered, and never when filtering by place in the text.
    expect(filteredNotes(state({}), notes)).toEqual([]);
    const byCommitment = state({ filters: { ...NO_FILTERS, commitment: 2 } });
    expect(filteredNotes(byCommitment, notes).map((t) => t.root.id)).toEqual([B]);
    const placedOnly = state({ filters: { ...NO_FILTERS, anchoring: 'anchored' } });
    expect(filteredNotes(placedOnly, notes)).toEqual([]);
  });
});
