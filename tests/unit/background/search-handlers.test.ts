import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';

// The injector imports the built annotator script, which is not what this test is about.
vi.mock('../../../src/background/annotator-injection.ts', () => ({ injectAnnotator: vi.fn() }));

const { searchHandlers } = await import('../../../src/background/search-handlers.ts');
const { createAnnotationStore } = await import('../../../src/background/annotation-store.ts');
import { AnnotationSchema, type Annotation } from '../../../src/core/model/annotation.ts';
import type { Sender } from '../../../src/background/router.ts';
import type { Services } from '../../../src/background/services.ts';
import { SEARCH_RESULTS_LIMIT } from '../../../src/messaging/protocol.ts';

function note(
  n: number,
  over: { comment?: string; title?: string; source?: string; exact?: string },
): Annotation {
  const at = new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString();
  return AnnotationSchema.parse({
    id: `3a1f6c2e-9b4d-4e7a-8c5f-${String(n).padStart(12, '0')}`,
    motivation: 'commenting',
    target: {
      source: over.source ?? 'https://www.gov.example/plan',
      selector: [{ type: 'TextQuoteSelector', exact: over.exact ?? `passage ${n}` }],
    },
    body: { comment: over.comment ?? '', tags: [] },
    document: { title: over.title ?? 'Plan' },
    visibility: 'private',
    created: at,
    modified: at,
  });
}

const popup: Sender = { id: 'x', url: 'chrome-extension://x/popup/popup.html', frameId: 0 };
const sidebar: Sender = { id: 'x', url: 'chrome-extension://x/src/sidebar/sidebar.html', frameId: 0 };

describe('annotations.search', async () => {
  const store = createAnnotationStore(`search-test-${Math.random()}`);
  await store.ready;
  for (let n = 0; n < SEARCH_RESULTS_LIMIT + 5; n++) await store.put(note(n, { comment: `Orçamento ${n}` }));
  await store.put(
    note(100, { title: 'Plano de Ação', source: 'urn:x-pdf:0123456789abcdef0123456789abcdef' }),
  );
  await store.put(note(101, { comment: `${'long words '.repeat(60)} the budget law ${'more '.repeat(80)}` }));
  const handler = searchHandlers({ store } as unknown as Services)['annotations.search'];

  it('finds across documents, newest first, at most the limit, and says how many in all', async () => {
    const { results, total } = await handler({ query: 'ORCAMENTO' }, { sender: popup, kind: 'page' });
    expect(total).toBe(SEARCH_RESULTS_LIMIT + 5);
    expect(results).toHaveLength(SEARCH_RESULTS_LIMIT);
    const modified = results.map((r) => r.modified);
    expect(modified).toEqual([...modified].sort().reverse());
    expect(results[0]?.comment).toBe(`Orçamento ${SEARCH_RESULTS_LIMIT + 4}`);
  });

  it('looks in the document title and marks a PDF', async () => {
    const { results } = await handler({ query: 'plano acao' }, { sender: popup, kind: 'page' });
    expect(results).toMatchObject([{ documentTitle: 'Plano de Ação', pdf: true, quote: 'passage 100' }]);
  });

  it('cuts a long comment around the match', async () => {
    const { results } = await handler({ query: 'budget law' }, { sender: popup, kind: 'page' });
    const comment = results[0]?.comment ?? '';
    expect(comment).toContain('the budget law');
    expect([...comment].length).toBeLessThanOrEqual(202);
  });

  it('refuses the sidebar, which is framed into pages we do not trust', async () => {
    await expect(handler({ query: 'x' }, { sender: sidebar, kind: 'page' })).rejects.toThrow(
      'Only the toolbar popup may ask about other tabs.',
    );
  });
});
