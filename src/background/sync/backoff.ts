/** How long to wait before the next attempt after `failures` failed ones in a row. */
export const FIRST_RETRY_MS = 1_000;
export const LAST_RETRY_MS = 5 * 60_000;

/**
 * Exponential backoff with "equal jitter": half the delay is fixed and half random, so many clients
 * that went offline together do not all come back in the same second. `random` is in [0, 1).
 */
export function retryDelay(failures: number, random: number = Math.random()): number {
  if (failures <= 0) return 0;
  const ceiling = Math.min(LAST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(failures - 1, 20));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}
