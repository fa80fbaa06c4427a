import { describe, expect, it } from 'vitest';
import type { BackgroundEvent } from '../../../src/messaging/protocol.ts';
import { PortRegistry, type EventPort } from '../../../src/background/port-registry.ts';

function fakePort(): EventPort & { received: BackgroundEvent[] } {
  const received: BackgroundEvent[] = [];
  return { received, postMessage: (message) => void received.push(message) };
}

describe('PortRegistry', () => {
  it('posts to the port of the tab and role, and reports a missing one', () => {
    const ports = new PortRegistry();
    const annotator = fakePort();
    ports.add(4, 'annotator', annotator);
    expect(ports.post(4, 'annotator', { type: 'annotations.changed' })).toBe(true);
    expect(ports.post(4, 'sidebar', { type: 'annotations.changed' })).toBe(false);
    expect(annotator.received).toEqual([{ type: 'annotations.changed' }]);
  });

  it('ignores the late disconnect of a port that was replaced', () => {
    const ports = new PortRegistry();
    const old = fakePort();
    const current = fakePort();
    ports.add(4, 'annotator', old);
    ports.add(4, 'annotator', current);
    ports.remove(4, 'annotator', old);
    expect(ports.has(4, 'annotator')).toBe(true);
    ports.remove(4, 'annotator', current);
    expect(ports.has(4, 'annotator')).toBe(false);
    expect(ports.tabs()).toEqual([]);
  });

  it('drops a port whose other end is gone', () => {
    const ports = new PortRegistry();
    ports.add(4, 'sidebar', {
      postMessage: () => {
        throw new Error('Attempting to use a disconnected port object');
      },
    });
    expect(ports.post(4, 'sidebar', { type: 'annotations.changed' })).toBe(false);
    expect(ports.has(4, 'sidebar')).toBe(false);
  });

  it('wakes a waiter when the port connects, and gives up after the timeout', async () => {
    const ports = new PortRegistry();
    const waiting = ports.waitFor(4, 'annotator', 5_000);
    ports.add(4, 'annotator', fakePort());
    await expect(waiting).resolves.toBe(true);
    await expect(ports.waitFor(5, 'annotator', 1)).resolves.toBe(false);
  });
});
