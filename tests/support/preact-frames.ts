/**
 * Preact's hooks run effects after the next frame, or after a 100 ms timer where no frame comes (jsdom
 * paints none). A file whose last render scheduled one must let that timer run before its environment
 * is torn down: with jsdom's globals gone, the timer's `cancelAnimationFrame` throws, and Vitest reports
 * it as an error of the whole run. In a file with a DOM, the end of the file waits out that one timer.
 */
import { afterAll } from 'vitest';

/** Preact's fallback for a frame that never comes (hooks: `RAF_TIMEOUT`), with room to spare. */
const PREACT_FRAME_FALLBACK_MS = 100;

afterAll(async () => {
  if (typeof document === 'undefined') return;
  await new Promise((resolve) => setTimeout(resolve, PREACT_FRAME_FALLBACK_MS * 2));
});
