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

/**
 * Gives the page its thread back as an ordinary task. Not `scheduler.yield`: its continuations run
 * ahead of other work, and in a long pass they kept Chromium from drawing a frame for 200 ms.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
