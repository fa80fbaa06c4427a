import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/background/browser.ts', () => ({
  findTab: vi.fn(async (tabId: number) => (tabId === 7 ? { id: 7, url: PAGE } : undefined)),
}));

// The injector imports the built annotator script, which is not what this test is about.
vi.mock('../../../src/background/annotator-injection.ts', () => ({ injectAnnotator: vi.fn() }));

const PAGE = 'https://www.gov.example/plan#commitment-2';
const { tabHandlers } = await import('../../../src/background/tab-handlers.ts');
import { AnnotationSchema, type Annotation } from '../../../src/core/model/annotation.ts';
import type { Sender } from '../../../src/background/router.ts';
import type { Services } from '../../../src/background/services.ts';
import { TAB_ANNOTATIONS_LIMIT } from '../../../src/messaging/protocol.ts';

function annotation(n: number, created: string): Annotation {
  return AnnotationSchema.parse({
    id: `3a1f6c2e-9b4d-4e7a-8c5f-${String(n).padStart(12, '0')}`,
    motivation: 'highlighting',
    target: {
      source: 'https://www.gov.example/plan',
      selector: [{ type: 'TextQuoteSelector', exact: `p${n}` }],
    },
    body: { comment: '', tags: [] },
    document: { title: 'Plan' },
    visibility: 'private',
    created,
    modified: created,
  });
}

// Thirty annotations made a day apart, stored in no useful order; two share the newest instant.
const stored = Array.from({ length: 30 }, (_, i) =>
  annotation(i, new Date(Date.UTC(2026, 0, 1 + ((i * 7) % 30))).toISOString()),
);
stored.push(annotation(99, stored.reduce((a, b) => (a.created > b.created ? a : b)).created));

const listForDocument = vi.fn(async () => [...stored]);
const services = {
  store: { listForDocument },
  viewers: { isViewer: () => false },
} as unknown as Services;

const popup: Sender = { id: 'x', url: 'chrome-extension://x/popup/popup.html', frameId: 0 };
const sidebar: Sender = { id: 'x', url: 'chrome-extension://x/src/sidebar/sidebar.html', frameId: 0 };

describe('tab.annotations', () => {
  const handler = tabHandlers(services)['tab.annotations'];

  it('answers the popup with the newest annotations of the tab’s document, newest first', async () => {
    const { annotations } = await handler({ tabId: 7 }, { sender: popup, kind: 'page' });
    expect(listForDocument).toHaveBeenCalledWith('https://www.gov.example/plan');
    expect(annotations).toHaveLength(TAB_ANNOTATIONS_LIMIT);
    const created = annotations.map((a) => a.created);
    expect(created).toEqual([...created].sort().reverse());
    const newest = stored
      .map((a) => a.created)
      .sort()
      .reverse()
      .slice(0, TAB_ANNOTATIONS_LIMIT);
    expect(created).toEqual(newest);
    // Two made at the same instant keep one order, by id.
    const [first, second] = annotations;
    expect(first?.created).toBe(second?.created);
    expect([first?.id, second?.id]).toEqual([first?.id, second?.id].sort());
  });

  it('refuses the sidebar, which may only speak about its own tab', async () => {
    await expect(handler({ tabId: 7 }, { sender: sidebar, kind: 'page' })).rejects.toThrow(
      'Only the toolbar popup may ask about other tabs.',
    );
  });

  it('says so in plain words when the tab is gone', async () => {
    await expect(handler({ tabId: 8 }, { sender: popup, kind: 'page' })).rejects.toThrow(
      'That tab is closed.',
    );
  });
});
