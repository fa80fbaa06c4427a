import { afterEach, describe, expect, it, vi } from 'vitest';
import { canonicalUuid } from '../../../src/core/model/annotation.ts';
import { newUuid } from '../../../src/core/model/uuid.ts';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newUuid', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('writes 16 random bytes as an RFC 4122 version 4 UUID', () => {
    const counting = (bytes: Uint8Array) => bytes.map((_, i) => i);
    expect(newUuid(counting)).toBe('00010203-0405-4607-8809-0a0b0c0d0e0f');
  });

  it('sets the version and variant whatever the random bytes', () => {
    for (const fill of [0x00, 0xff, 0x5a]) {
      const id = newUuid((bytes) => bytes.fill(fill));
      expect(id).toMatch(V4);
      // The record schema takes it as it is (lower case, version and variant right).
      expect(canonicalUuid('not a uuid').parse(id)).toBe(id);
    }
  });

  it('gives a different id each time', () => {
    const ids = Array.from({ length: 10_000 }, () => newUuid());
    for (const id of ids) expect(id).toMatch(V4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('works where crypto.randomUUID does not exist (a page or frame that is not a secure context)', () => {
    const real = globalThis.crypto;
    const getRandomValues = vi.fn((array: Uint8Array) => real.getRandomValues(array));
    // What an insecure context has: getRandomValues, and no randomUUID or subtle.
    vi.stubGlobal('crypto', { getRandomValues });
    expect('randomUUID' in globalThis.crypto).toBe(false);
    const first = newUuid();
    const second = newUuid();
    expect(first).toMatch(V4);
    expect(second).toMatch(V4);
    expect(first).not.toBe(second);
    expect(getRandomValues).toHaveBeenCalledTimes(2);
  });
});
