import { describe, expect, it } from 'vitest';
import { FIRST_RETRY_MS, LAST_RETRY_MS, retryDelay } from '../../../src/background/sync/backoff.ts';

describe('retryDelay', () => {
  it('waits nothing before any failure', () => {
    expect(retryDelay(0, 0.5)).toBe(0);
  });

  it('doubles with each failure, between half and all of the ceiling', () => {
    expect([1, 2, 3, 4].map((n) => retryDelay(n, 0))).toEqual(
      [1, 2, 4, 8].map((k) => (FIRST_RETRY_MS * k) / 2),
    );
    expect([1, 2, 3, 4].map((n) => retryDelay(n, 0.999_999))).toEqual(
      [1, 2, 4, 8].map((k) => FIRST_RETRY_MS * k),
    );
  });

  it('never waits longer than the last step, however many failures', () => {
    for (const failures of [10, 30, 1000, Number.MAX_SAFE_INTEGER]) {
      const delay = retryDelay(failures, 0.999_999);
      expect(delay).toBeLessThanOrEqual(LAST_RETRY_MS);
      expect(delay).toBeGreaterThanOrEqual(LAST_RETRY_MS / 2);
    }
  });
});
