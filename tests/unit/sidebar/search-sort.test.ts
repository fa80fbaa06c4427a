import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../src/core/model/annotation.ts';
import { threadsInOrder, visibleThreads } from '../../../src/sidebar/sidebar-selectors.ts';
import {
  initialSidebarState,
  sidebarReducer,
  type SidebarState,
} from '../../../src/sidebar/sidebar-state.ts';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';
const R = '44444444-4444-4444-8444-444444444444';

function note(
  id: string,
  start: number,
  created: string,
  over: Partial<Annotation['body']> = {},
): Annotation {
  return {
    id,
    motivation: 'commenting',
    target: {
      source: 'https://www.gov.example/plan',
      selector: [
        { type: 'TextQuoteSelector', exact: `passage at ${start}` },
        { type: 'TextPositionSelector', start, end: start + 9 },
      ],
    },
    body: { comment: '', tags: [], ...over },
    document: { title: 'Plan' },
    visibility: 'private',
    created,
    modified: created,
  };
}

const first = note(A, 10, '2026-01-03T00:00:00.000Z', { comment: 'Orçamento **participativo**' });
const second = note(B, 20, '2026-01-01T00:00:00.000Z', {
  tags: ['Transparência'],
  commitment: { ordinal: 1, label: '1', title: 'Open data', linkedBy: 'auto' },
});
const third = note(C, 30, '2026-01-02T00:00:00.000Z', {
  evidence: [
    {
      url: 'https://example.org/',
      title: 'Relatório anual',
      kind: 'other',
      published: null,
      accessed: '2026-01-02',
      excerpt: '',
    },
  ],
  commitment: { ordinal: 1, label: '1', title: 'Open data', linkedBy: 'auto' },
});
const answer: Annotation = {
  ...note(R, 0, '2026-01-04T00:00:00.000Z', { comment: 'agreed' }),
  motivation: 'replying',
  replyTo: C,
  target: third.target,
};

function shown(over: Partial<SidebarState>): string[] {
  const state = { ...initialSidebarState, annotations: [first, second, third, answer], ...over };
  return visibleThreads(state, threadsInOrder(state.annotations)).visible.map((t) => t.root.id);
}

describe('the sidebar search', () => {
  const searching = (query: string) =>
    shown({ filters: sidebarReducer(initialSidebarState, { type: 'searchChanged', query }).filters });

  it('finds by comment, tag, evidence title and author, without case or accents', () => {
    expect(searching('ORCAMENTO')).toEqual([A]);
    expect(searching('transparencia')).toEqual([B]);
    expect(searching('relatorio')).toEqual([C]);
    expect(searching('passage at 20')).toEqual([B]);
  });

  it('keeps a thread whose reply matches, and needs every word', () => {
    expect(searching('agreed')).toEqual([C]);
    expect(searching('agreed relatorio')).toEqual([C]);
    expect(searching('agreed orcamento')).toEqual([]);
  });

  it('finds by author name', () => {
    const state = sidebarReducer(
      { ...initialSidebarState, authors: { [B]: 'maria' } },
      { type: 'searchChanged', query: 'Maria' },
    );
    expect(shown({ authors: state.authors, filters: state.filters })).toEqual([B]);
  });

  it('an empty box is no search', () => {
    const state = sidebarReducer(initialSidebarState, { type: 'searchChanged', query: '' });
    expect(state.filters.query).toBeNull();
    expect(shown({ filters: state.filters })).toEqual([A, B, C]);
  });
});

describe('the sidebar order', () => {
  const sorted = (sort: SidebarState['sort']) =>
    shown({ sort: sidebarReducer(initialSidebarState, { type: 'sortChosen', sort }).sort });

  it('is the position in the document by default', () => {
    expect(initialSidebarState.sort).toBe('position');
    expect(sorted('position')).toEqual([A, B, C]);
  });

  it('puts the newest first, a thread counting its newest reply', () => {
    expect(sorted('newest')).toEqual([C, A, B]);
  });

  it('groups by commitment, those in none last, by position within one', () => {
    expect(sorted('commitment')).toEqual([B, C, A]);
  });
});
