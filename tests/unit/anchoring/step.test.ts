import { describe, expect, it } from 'vitest';
import { stepThrough } from '../../../src/core/anchoring/step.ts';

const spans: [string, { start: number; end: number }][] = [
  ['c', { start: 50, end: 60 }],
  ['a', { start: 10, end: 20 }],
  ['b2', { start: 30, end: 45 }],
  ['b1', { start: 30, end: 40 }],
];

describe('stepping through annotations in reading order', () => {
  it('goes forward from the current one and wraps round at the end', () => {
    expect(stepThrough(spans, 'a', 1)).toBe('b1');
    expect(stepThrough(spans, 'b1', 1)).toBe('b2');
    expect(stepThrough(spans, 'c', 1)).toBe('a');
  });
  it('goes back and wraps round at the start', () => {
    expect(stepThrough(spans, 'b1', -1)).toBe('a');
    expect(stepThrough(spans, 'a', -1)).toBe('c');
  });
  it('starts at the first (forward) or last (back) when nothing or something unknown is current', () => {
    expect(stepThrough(spans, null, 1)).toBe('a');
    expect(stepThrough(spans, null, -1)).toBe('c');
    expect(stepThrough(spans, 'gone', 1)).toBe('a');
    expect(stepThrough([], null, 1)).toBeNull();
  });
});
