import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/background/browser.ts', () => ({
  findTab: vi.fn(),
  setBadgeText: vi.fn(async () => undefined),
  setBadgeTitle: vi.fn(async () => undefined),
  openTabBeside: vi.fn(async () => 42),
}));

const browser = await import('../../../src/background/browser.ts');
const { badgeText } = await import('../../../src/background/badge.ts');
const { detectHandlers } = await import('../../../src/background/detect-handlers.ts');
import type { Services } from '../../../src/background/services.ts';
import type { Sender } from '../../../src/background/router.ts';
import type { TabDetection } from '../../../src/messaging/protocol.ts';

const page = 'https://www.data.gov.uk/national-action-plan';
const sender: Sender = {
  id: 'x',
  url: page,
  tab: { id: 7, index: 2, windowId: 1, url: page } as chrome.tabs.Tab,
  frameId: 0,
};
const ctx = { sender, kind: 'content' as const };
const plan = {
  kind: 'action-plan' as const,
  score: 0.9,
  language: 'en' as const,
  reasons: [{ code: 'planInTitle' as const }, { code: 'planPdfLinks' as const, count: 1 }],
  planPdfLinks: 1,
};

function fakeServices(count = 0, annotating = false) {
  const detections = new Map<number, TabDetection>();
  const services = {
    store: { countForDocument: vi.fn(async () => count) },
    ports: { has: vi.fn(() => annotating) },
    viewers: {
      isViewer: () => false,
      urlFor: (file: string) =>
        `chrome-extension://x/src/viewer/viewer.html?file=${encodeURIComponent(file)}`,
    },
    detections: {
      get: async (tabId: number) => detections.get(tabId),
      set: async (tabId: number, d: TabDetection) => void detections.set(tabId, d),
      forget: async (tabId: number) => void detections.delete(tabId),
    },
  } as unknown as Services;
  return { services, detections };
}

describe('badgeText', () => {
  it('shows the count first, then PLAN, then nothing', () => {
    expect(badgeText(3, false, true)).toBe('3');
    expect(badgeText(0, true, true)).toBe('0');
    expect(badgeText(0, false, true)).toBe('PLAN');
    expect(badgeText(0, false)).toBe('');
  });
});

describe('detect.report', () => {
  beforeEach(() => vi.clearAllMocks());

  it('marks a plan tab and keeps the verdict for the popup', async () => {
    const { services, detections } = fakeServices();
    expect(await detectHandlers(services)['detect.report'](plan, ctx)).toEqual({ badge: true });
    expect(browser.setBadgeText).toHaveBeenCalledWith(7, 'PLAN');
    expect(browser.setBadgeTitle).toHaveBeenCalledWith(
      7,
      'Plan Annotator: this looks like an action plan — the title, cover or a heading names an action plan',
    );
    expect(detections.get(7)).toEqual({
      kind: 'action-plan',
      score: 0.9,
      language: 'en',
      reasons: plan.reasons,
    });
  });

  it('keeps the count on the badge of a plan that has annotations', async () => {
    const { services } = fakeServices(2);
    await detectHandlers(services)['detect.report'](plan, ctx);
    expect(browser.setBadgeText).toHaveBeenCalledWith(7, '2');
  });

  it('leaves the badge and title of other pages alone', async () => {
    const { services, detections } = fakeServices();
    const other = { ...plan, kind: 'other' as const, reasons: [{ code: 'noCue' as const }], planPdfLinks: 0 };
    expect(await detectHandlers(services)['detect.report'](other, ctx)).toEqual({ badge: false });
    expect(browser.setBadgeTitle).not.toHaveBeenCalled();
    expect(browser.setBadgeText).toHaveBeenCalledWith(7, '');
    expect(detections.get(7)?.kind).toBe('other');
  });

  it('refuses a report from a frame or from outside a tab', async () => {
    const { services } = fakeServices();
    const handlers = detectHandlers(services);
    await expect(
      handlers['detect.report'](plan, { ...ctx, sender: { ...sender, frameId: 3 } }),
    ).rejects.toThrow(/top frame/);
    await expect(handlers['detect.report'](plan, { ...ctx, sender: { id: 'x', url: page } })).rejects.toThrow(
      /in a tab/,
    );
  });
});

describe('viewer.open', () => {
  it('opens the viewer for the PDF next to the sender tab', async () => {
    const { services } = fakeServices();
    const url = 'https://data.gov.uk/files/UK OGP action plan.pdf';
    expect(await detectHandlers(services)['viewer.open']({ url }, ctx)).toEqual({ tabId: 42 });
    expect(browser.openTabBeside).toHaveBeenCalledWith(
      sender.tab,
      `chrome-extension://x/src/viewer/viewer.html?file=${encodeURIComponent(url)}`,
    );
  });
});
