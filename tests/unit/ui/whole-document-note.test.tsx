// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { AnnotationSchema, type Annotation } from '../../../src/core/model/annotation.ts';
import type { call, listenToBackground } from '../../../src/messaging/client.ts';
import type { BackgroundEvent, RequestType, Result } from '../../../src/messaging/protocol.ts';
import { SidebarApp, type SidebarServices } from '../../../src/sidebar/sidebar-app.tsx';

/*
 * A note on the whole document (a W3C target given as a bare IRI: no selectors) can reach the sidebar
 * from sync or an import before the extension has a UI for making one. It must be shown, not break it.
 */

const DOC = 'https://www.gov.example/plan';
const WHOLE = '44444444-4444-4444-8444-444444444444';
const PASSAGE = '55555555-5555-4555-8555-555555555555';

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

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

it('shows a note on the whole document as a card with its comment and no quote', async () => {
  const records = [
    record(WHOLE, [], 'The plan as a whole lacks deadlines.'),
    record(PASSAGE, [{ type: 'TextQuoteSelector', exact: 'Open contracting' }], 'On a passage.'),
  ];
  let push: (event: BackgroundEvent) => void = () => {};
  const fakeCall = async (type: RequestType): Promise<Result<unknown>> =>
    type === 'annotations.list'
      ? { ok: true, value: { documentUri: DOC, annotations: records } }
      : { ok: true, value: { delivered: true } };
  const listen: typeof listenToBackground = (_name, onEvent, _signal, onConnect) => {
    push = onEvent;
    onConnect?.();
  };
  const services: SidebarServices = {
    call: fakeCall as typeof call,
    listen,
    permission: { shouldOffer: async () => false, request: async () => true, markAsked: async () => {} },
  };
  act(() => render(<SidebarApp services={services} />, root));
  const cards = () => [...root.querySelectorAll<HTMLElement>('[data-testid="annotation-card"]')];
  for (let i = 0; i < 50 && cards().length < 2; i += 1) {
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  }
  // As the annotator reports it: it anchors nowhere.
  act(() =>
    push({
      type: 'relay',
      event: { type: 'anchors.changed', states: { [WHOLE]: 'orphan', [PASSAGE]: 'anchored' } },
    }),
  );
  const whole = cards().find((card) => card.dataset.id === WHOLE);
  expect(cards()).toHaveLength(2);
  expect(whole?.querySelector('[data-testid="card-quote"]')).toBeNull();
  expect(whole?.querySelector('[data-testid="card-comment"]')?.textContent).toContain(
    'The plan as a whole lacks deadlines.',
  );
});
