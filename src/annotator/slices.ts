/**
 * Long work on a page's thread (reading the text, anchoring, painting) runs in slices with the thread
 * given back in between, and a slice far over its budget leaves a trace a page's tools can see.
 */

/** Longest stretch of anchoring work before the page gets its thread back. */
export const SLICE_MS = 8;

/** A slice this much over its budget leaves a performance measure, so a page's tools can tell it is ours. */
const OVERRUN_MS = 2 * SLICE_MS;

export function reportOverrun(label: string, began: number): void {
  const ended = performance.now();
  if (ended - began > OVERRUN_MS)
    performance.measure(`plan-annotator ${label}`, { start: began, end: ended });
}

export function timed<T>(label: string, work: () => T): T {
  const began = performance.now();
  const result = work();
  reportOverrun(label, began);
  return result;
}

/** The part of the Prioritized Task Scheduling API used here (Chromium; TypeScript's DOM types lack it). */
interface TaskScheduler {
  postTask(
    callback: () => void,
    options?: { priority?: 'user-blocking' | 'user-visible' | 'background' },
  ): Promise<unknown>;
}

const taskScheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;

/**
 * Gives the page its thread back as an ordinary task, at the priority of the page's own timers and
 * events, so that it can draw a frame and answer input before the next slice.
 *
 * Not `scheduler.yield`: its continuations run ahead of other work, and in a long pass they kept
 * Chromium from drawing a frame for 200 ms. Not `setTimeout(0)` either where something better exists: a
 * chain of timers is held back to 4 ms each from the fifth on, a third of each 8 ms slice spent idle.
 * `scheduler.postTask` (Chromium) queues an ordinary task; elsewhere (Firefox) a message to ourselves
 * does, which timers' clamping does not touch.
 */
export function yieldToPage(): Promise<void> {
  if (typeof taskScheduler?.postTask === 'function')
    return taskScheduler.postTask(() => undefined, { priority: 'user-visible' }).then(() => undefined);
  return nextMessage();
}

let channel: MessageChannel | null = null;
/** Who waits for a message, in the order they were posted (a channel delivers in order). */
const waiting: (() => void)[] = [];

function nextMessage(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}
