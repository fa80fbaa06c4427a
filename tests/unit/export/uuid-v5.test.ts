import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha1 } from '../../../src/core/export/sha1.ts';
import { uuidV5, URL_NAMESPACE } from '../../../src/core/export/uuid-v5.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('sha1', () => {
  // Lengths around the 55/56/64-byte padding boundaries are where hand-written SHA-1 goes wrong.
  const inputs = ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'a'.repeat(1000), 'ünï 😀 𝔘'];
  for (const input of inputs) {
    it(`matches node:crypto for ${JSON.stringify(input.slice(0, 12))} (${input.length})`, () => {
      const bytes = new TextEncoder().encode(input);
      expect(hex(sha1(bytes))).toBe(createHash('sha1').update(bytes).digest('hex'));
    });
  }
});

describe('uuidV5', () => {
  it('gives the RFC example value for www.example.com in the DNS namespace', () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'www.example.com')
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('is stable and sets version 5 and the RFC variant', () => {
    const id = uuidV5('https://hypothes.is/a/abc', URL_NAMESPACE);
    expect(id).toBe(uuidV5('https://hypothes.is/a/abc'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
