/**
 * How a heading is numbered, decided per document: plain (`3.`), dotted (`1.1`, `2.3.1`), letters (`A.`,
 * `A.1`), roman numerals (`IV.`). The scheme and the depth tell the levels apart: themes above, commitments,
 * milestones and activities below.
 */
export type Scheme = 'number' | 'letter' | 'roman';

export interface Numbered {
  scheme: Scheme;
  /** The label as printed, without a trailing dot: `1.2`, `A.1`, `IV`. */
  label: string;
  /** Each part as a number (`A` is 1, `IV` is 4). */
  parts: number[];
  /** What follows the label on the line. */
  rest: string;
}

// `1.2 Title`, `1.2. Title`, `1.2 – Title`, `3. Title`, `3) Title`; not `1.5 million` (a lower-case word).
const NUMBER = /^(\d{1,2}(?:\.\d{1,2}){0,3})(\.|\))?\s*[–—-]?\s+(\S.*)$/u;
const LETTER = /^([A-Z](?:\.\d{1,2}){0,2})(\.|\))?\s*[–—-]?\s+(\S.*)$/u;
const ROMAN = /^([IVX]{1,5})(\.|\))\s*[–—-]?\s+(\S.*)$/u;

export function parseNumbered(line: string): Numbered | null {
  let m = NUMBER.exec(line);
  if (m) {
    const label = m[1] as string;
    // A single number needs its dot or parenthesis: "2024 Budget" and "3 ministries" are not headings.
    if (!label.includes('.') && !m[2]) return null;
    return { scheme: 'number', label, parts: label.split('.').map(Number), rest: m[3] as string };
  }
  m = LETTER.exec(line);
  if (m) {
    const label = m[1] as string;
    if (!label.includes('.') && !m[2]) return null;
    // "A. Smith said" is a name: a letter alone needs a capitalised word after it and is checked by its
    // sequence like any other label.
    const [letter, ...rest] = label.split('.');
    return {
      scheme: 'letter',
      label,
      parts: [(letter as string).charCodeAt(0) - 64, ...rest.map(Number)],
      rest: m[3] as string,
    };
  }
  m = ROMAN.exec(line);
  if (m) {
    const value = romanValue(m[1] as string);
    if (value === null) return null;
    return { scheme: 'roman', label: m[1] as string, parts: [value], rest: m[3] as string };
  }
  return null;
}

const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10 };

function romanValue(s: string): number | null {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_DIGITS[s[i] as string] as number;
    const next = ROMAN_DIGITS[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total <= 40 ? total : null;
}

/** The level a label sits at: `3.` and `A.` are 1, `1.2` is 2, `1.2.3` is 3. */
export function depthOf(n: Numbered): number {
  return n.parts.length;
}

/** Scheme and depth: headings of one level of one document share it. */
export function levelKey(n: Numbered): string {
  return `${n.scheme}:${depthOf(n)}`;
}

/**
 * Whether `next` follows `previous` at the same level: the last part counts up by one, or starts again at
 * 1 under the next parent (`1.3` → `2.1`). The first of a level must be 1 in its last part.
 */
export function follows(previous: Numbered | null, next: Numbered): boolean {
  const last = next.parts[next.parts.length - 1] as number;
  if (!previous) return last === 1;
  const p = previous.parts;
  const n = next.parts;
  if (p.length !== n.length) return false;
  const parentSame = p.slice(0, -1).every((x, i) => x === n[i]);
  if (parentSame) return last === (p[p.length - 1] as number) + 1;
  // A new parent: the parent moves on, and the count starts again.
  const parentNext = n.length >= 2 && (n[n.length - 2] as number) > (p[p.length - 2] as number);
  return parentNext && last === 1;
}
