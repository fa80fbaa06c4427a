import type { TextSpan } from './span.ts';

/**
 * "Next annotation" and "previous annotation": the id after (or before) `current` in reading order of
 * the passages, wrapping round at the ends; the first (or last) when nothing is current. Passages that
 * start together are ordered by end, then id, so the order is the same every time.
 */
export function stepThrough(
  spans: Iterable<readonly [string, TextSpan]>,
  current: string | null,
  direction: 1 | -1,
): string | null {
  const ordered = [...spans].sort(
    ([idA, a], [idB, b]) => a.start - b.start || a.end - b.end || (idA < idB ? -1 : idA > idB ? 1 : 0),
  );
  if (ordered.length === 0) return null;
  const at = current === null ? -1 : ordered.findIndex(([id]) => id === current);
  const next = at === -1 ? (direction === 1 ? 0 : ordered.length - 1) : at + direction;
  const wrapped = (next + ordered.length) % ordered.length;
  return ordered[wrapped]?.[0] ?? null;
}
