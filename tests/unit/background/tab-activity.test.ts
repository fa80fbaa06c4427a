import { beforeEach, describe, expect, it, vi } from 'vitest';

// chrome.storage.session, as browser.ts wraps it: a map that outlives the worker's memory.
const session = new Map<string, unknown>();
vi.mock('../../../src/background/browser.ts', () => ({
  sessionGet: vi.fn(async (key: string) => structuredClone(session.get(key))),
  sessionSet: vi.fn(async (key: string, value: unknown) => void session.set(key, structuredClone(value))),
  onTabActivated: vi.fn(),
}));

const { createTabActivity } = await import('../../../src/background/tab-activity.ts');

beforeEach(() => session.clear());

describe('createTabActivity', () => {
  it('keeps each window’s tabs newest first', async () => {
    const activity = createTabActivity();
    await activity.noteActivated(5, 1);
    await activity.noteActivated(6, 1);
    await activity.noteActivated(9, 2);
    await activity.noteActivated(5, 1);
    expect(await activity.recent(1)).toEqual([5, 6]);
    expect(await activity.recent(2)).toEqual([9]);
    expect(await activity.recent(3)).toEqual([]);
  });

  it('loses no activation when two arrive before the first is stored', async () => {
    const activity = createTabActivity();
    await Promise.all([activity.noteActivated(1, 1), activity.noteActivated(2, 1)]);
    expect(await createTabActivity().recent(1)).toEqual([2, 1]);
  });

  it('remembers after the service worker restarted (a new instance reads the session store)', async () => {
    await createTabActivity().noteActivated(7, 1);
    await createTabActivity().noteActivated(8, 1);
    expect(await createTabActivity().recent(1)).toEqual([8, 7]);
  });
});
