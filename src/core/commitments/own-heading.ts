/**
 * A report lists every commitment in a table (a summary first, or an annex last) and reviews some of them
 * under headings of their own elsewhere ("Commitment 9: Legal aid …"), the others only in groups
 * ("Cluster 1: … (Commitments 2, 5 and 7)"). A commitment with a heading of its own is taken there: where
 * its review is, in reading order; the rest stay at their rows.
 */
import type { TextLine } from '../text/text-lines.ts';
import type { Candidate } from './find-commitments.ts';
import { matchHeading } from './heading-forms.ts';

/** Cheap look at a line before matching it: a keyword heading starts with its word. */
const KEYWORD_START = /^(?:commitment|compromiso|compromisso|engagement)\s/iu;
const opening = (t: string): string => t.toLowerCase().replace(/\W+/gu, '').slice(0, 24);

/** `list` with each commitment that has a keyword heading of its own outside the list moved to it. */
export function atOwnHeadings(lines: readonly TextLine[], list: readonly Candidate[]): Candidate[] {
  // Headings already (a keyword, or a layout level whose lines read "Commitment 3: …"): nothing to move.
  const isHeading = (c: Candidate): boolean =>
    c.form === 'keyword' || matchHeading((lines[c.line] as TextLine).clean)?.form === 'keyword';
  if (list.length < 2 || list.some((c) => c.label === null || isHeading(c))) return [...list];
  const wanted = new Map(list.map((c, k) => [`${c.label}|${opening(c.title)}`, k]));
  if (wanted.size !== list.length) return [...list];
  const taken = new Set(list.flatMap((c) => range(c.line, c.lastLine)));
  const moved = new Map<number, Candidate>();
  for (let i = 0; i < lines.length; i++) {
    const clean = (lines[i] as TextLine).clean;
    if (taken.has(i) || !KEYWORD_START.test(clean)) continue;
    const heading = matchHeading(clean);
    if (heading?.form !== 'keyword' || heading.rest === '') continue;
    const k = wanted.get(`${heading.label}|${opening(heading.rest.replace(/^[:.|–—-]\s*/u, ''))}`);
    if (k === undefined || moved.has(k)) continue;
    moved.set(k, { ...(list[k] as Candidate), line: i, lastLine: i });
  }
  if (moved.size === 0) return [...list];
  return list.map((c, k) => moved.get(k) ?? c).sort((a, b) => a.line - b.line);
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
