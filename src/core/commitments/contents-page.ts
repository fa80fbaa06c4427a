import type { TextLine } from '../text/text-lines.ts';
import { SPACED_DOTS_SOURCE } from './dot-leaders.ts';
import { levelKey, parseNumbered } from './numbering.ts';

/** An entry of a plan's contents page: `1.2 Open contracting ........ 14`. */
export interface ContentsEntry {
  line: number;
  label: string | null;
  /** The numbering level of the label (`number:2`), or `plain` for an entry with none. */
  level: string;
  title: string;
  /** The page number printed. */
  page: number;
}

/**
 * What stands between an entry and its page number, whole: leaders (run together, spaced, an ellipsis,
 * dashes or underscores), a tab, or a gap of two spaces or more.
 */
const SEPARATOR = new RegExp(
  String.raw`^(?:\s*(?:\.{2,}|${SPACED_DOTS_SOURCE}|…+|-{3,}|_{3,})\s*|\t+\s*|\s{2,})$`,
  'u',
);
const SEPARATOR_CHAR = /[\s.…\-_]/u;
const LETTER = /\p{L}/u;

/**
 * A contents line split into its entry and page number: `Open contracting ........ 14` gives
 * `Open contracting` and 14. The line is read from its end (the page number, then the leaders before
 * it), so that the cost is that of the leaders, not of the line: one pattern over whole lines tried
 * every way to split a long line of the body that happened to end in a number.
 */
export function splitEntry(raw: string): { text: string; page: number } | null {
  const line = raw.trim();
  let digits = line.length;
  while (digits > 0 && isDigit(line.charCodeAt(digits - 1))) digits--;
  // One to three digits: a longer number (a year) ends no contents line.
  if (digits === line.length || line.length - digits > 3) return null;
  let leaders = digits;
  while (leaders > 0 && SEPARATOR_CHAR.test(line.charAt(leaders - 1))) leaders--;
  if (leaders === digits || !LETTER.test(line.slice(0, leaders))) return null;
  // The entry ends where the separator begins; of the title's own last marks (a full stop), as few as can be.
  for (let end = leaders; end < digits; end++) {
    if (SEPARATOR.test(line.slice(end, digits)))
      return { text: line.slice(0, end), page: Number(line.slice(digits)) };
  }
  return null;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The entries of the contents pages: lines that end in leaders or a gap and a page number. */
export function contentsEntries(lines: readonly TextLine[]): ContentsEntry[] {
  const out: ContentsEntry[] = [];
  lines.forEach((l, i) => {
    const m = splitEntry(l.raw);
    if (!m) return;
    const text = m.text
      .replace(/\s+/gu, ' ')
      .replace(/[.\s]+$/u, '')
      .trim();
    const numbered = parseNumbered(text);
    out.push({
      line: i,
      label: numbered?.label ?? null,
      level: numbered ? levelKey(numbered) : 'plain',
      title: numbered?.rest ?? text,
      page: m.page,
    });
  });
  return out;
}

/** The first words of a title, for telling an abridged contents entry and its heading apart. */
export function titleKey(title: string, words = 4): string {
  return title
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\d]+/u)
    .filter((w) => w.length > 2)
    .slice(0, words)
    .join(' ');
}

/**
 * Each entry's heading in the body: after the contents, a line with the entry's label, or whose first
 * words are the entry's first words (contents abridge and reword titles), on the page the entry prints
 * once the offset between printed and physical page numbers is known (the most common one, give or take
 * one page). Returns entry and line pairs.
 */
export function entriesInBody(
  entries: readonly ContentsEntry[],
  lines: readonly TextLine[],
  pageOfLine: (line: number) => number | null,
): Array<{ entry: ContentsEntry; line: number }> {
  if (entries.length === 0) return [];
  const after = Math.max(...entries.map((e) => e.line));
  const contentsLines = new Set(entries.map((e) => e.line));
  const found: Array<{ entry: ContentsEntry; line: number }> = [];
  let from = after + 1;
  for (const entry of entries) {
    const key = titleKey(entry.title, 3);
    for (let i = from; i < lines.length; i++) {
      if (contentsLines.has(i)) continue;
      const clean = (lines[i] as TextLine).clean;
      const numbered = parseNumbered(clean);
      const sameLabel = entry.label !== null && numbered?.label === entry.label;
      const sameWords = entry.label === null && key !== '' && titleKey(clean, 3) === key;
      if (sameLabel || sameWords) {
        found.push({ entry, line: i });
        from = i + 1;
        break;
      }
    }
  }
  // Printed page numbers are physical ones shifted by the cover and front matter: the common shift.
  const shifts = new Map<number, number>();
  for (const f of found) {
    const page = pageOfLine(f.line);
    if (page !== null) shifts.set(page - f.entry.page, (shifts.get(page - f.entry.page) ?? 0) + 1);
  }
  const shift = [...shifts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (shift === undefined) return found;
  return found.filter((f) => {
    const page = pageOfLine(f.line);
    return page === null || Math.abs(page - f.entry.page - shift) <= 1;
  });
}
