import type { TextStyle } from '../text/page-text.ts';
import type { TextLine } from '../text/text-lines.ts';
import { joinRunText, wordCounts } from './split-words.ts';

/** How a line is printed: the style that covers most of its characters. */
export interface LineLook {
  size: number;
  font: string;
  bold: boolean;
}

/**
 * What a document's printing says about its lines: which style is body text, and for each line whether it
 * is printed as a heading (larger, or bolder at the body size) and at which level (1 = the largest).
 */
export interface Layout {
  looks: ReadonlyArray<LineLook | null>;
  /** 0 for body text and lines with no style; 1, 2, … for heading styles from the largest down. */
  rank: readonly number[];
  /** The key of each line's look (`font|size`), to tell when two lines share a style; '' when none. */
  key: readonly string[];
  /**
   * The runs of a line with where each starts across the page (PDF text only; none for HTML): the cells
   * of a table row printed on one line, told apart by their column, and whether each opens in a bolder face
   * than the body's.
   */
  cells: (line: number) => Array<{ x: number; text: string; bold: boolean }>;
  /**
   * The text a line opens with in a bolder face than the rest of it ("Registo aberto de beneficiários
   * efetivos." before a regular paragraph): a run-in heading, however much of the line it takes. Null when
   * the line opens in a regular face, or is bold throughout.
   */
  boldLead: (line: number) => string | null;
}

/** Larger than body text by this factor: a heading by size alone. */
const BIGGER = 1.12;
/** Smaller than this: notes, running headers, footers; never headings. */
const SMALLER = 0.95;
/** How far apart (PDF units) one run's end and the next one's start may be and still touch. */
const TOUCHING = 1.5;
/** A face wider per em than the body's by this factor, at the body's size, is a bolder weight. */
const WIDER = 1.025;

/**
 * The layout of `lines` (UTF-16 offsets into the text) from `styles` (code points). `toCodePoint` maps a
 * UTF-16 offset of the text to code points. Null when the source gave no styles: plain text has no layout.
 */
export function layoutOf(
  lines: readonly TextLine[],
  styles: readonly TextStyle[] | undefined,
  toCodePoint: (u16: number) => number,
): Layout | null {
  if (!styles || styles.length === 0) return null;
  const sorted = isSorted(styles) ? styles : [...styles].sort((a, b) => a.start - b.start);
  // Per font: characters and the mean advance per em, weighted by characters.
  const fonts = new Map<string, { chars: number; em: number; bold: boolean }>();
  const byKey = new Map<string, number>();
  for (const s of sorted) {
    const n = s.end - s.start;
    const f = fonts.get(s.font) ?? { chars: 0, em: 0, bold: s.bold };
    if (s.em > 0) f.em = (f.em * f.chars + s.em * n) / (f.chars + n);
    f.chars += n;
    fonts.set(s.font, f);
    const key = `${s.font}|${s.size}`;
    byKey.set(key, (byKey.get(key) ?? 0) + n);
  }
  const bodyKey = [...byKey.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (bodyKey === undefined) return null;
  const bodyFont = bodyKey.slice(0, bodyKey.lastIndexOf('|'));
  const bodySize = Number(bodyKey.slice(bodyKey.lastIndexOf('|') + 1));
  const body = fonts.get(bodyFont);

  const bolder = (font: string): boolean => {
    const f = fonts.get(font);
    if (!f || font === bodyFont) return false;
    if (f.bold && !body?.bold) return true;
    return body !== undefined && body.em > 0 && f.em >= body.em * WIDER;
  };

  const looks: Array<LineLook | null> = [];
  const firstStyle: number[] = [];
  let k = 0;
  for (const line of lines) {
    const start = toCodePoint(line.start);
    const end = toCodePoint(line.end);
    while (k < sorted.length && (sorted[k] as TextStyle).end <= start) k++;
    firstStyle.push(k);
    const count = new Map<string, [TextStyle, number]>();
    for (let j = k; j < sorted.length && (sorted[j] as TextStyle).start < end; j++) {
      const s = sorted[j] as TextStyle;
      // Spaces say nothing about a line's style.
      const n = Math.min(s.end, end) - Math.max(s.start, start);
      if (n <= 0) continue;
      const key = `${s.font}|${s.size}`;
      const was = count.get(key);
      count.set(key, [s, (was?.[1] ?? 0) + n]);
    }
    const top = [...count.values()].sort((a, b) => b[1] - a[1])[0];
    looks.push(top ? { size: top[0].size, font: top[0].font, bold: bolder(top[0].font) } : null);
  }

  // Heading styles: larger than body, or bolder at body size; ranked by size, bold before regular.
  const headingKeys = new Map<string, LineLook>();
  looks.forEach((look) => {
    if (!look) return;
    const ratio = look.size / bodySize;
    if (ratio >= BIGGER || (ratio >= SMALLER && look.bold))
      headingKeys.set(`${look.font}|${look.size}`, look);
  });
  const order = [...headingKeys.entries()]
    .sort((a, b) => b[1].size - a[1].size || Number(b[1].bold) - Number(a[1].bold))
    .map(([key]) => key);
  const rank = looks.map((look) => (look ? order.indexOf(`${look.font}|${look.size}`) + 1 : 0));
  const key = looks.map((look) => (look ? `${look.font}|${look.size}` : ''));
  // The whole text, built only when a cell's runs meet at a space that may cut a word (see split-words).
  let whole: string | null = null;
  const documentText = (): string => (whole ??= lines.map((l) => l.raw).join('\n'));
  const counts = wordCounts(documentText);
  const boldRun = (r: TextStyle): boolean => (r.bold && !body?.bold) || bolder(r.font);
  const cells = (i: number): Array<{ x: number; text: string; bold: boolean }> => {
    const line = lines[i];
    if (!line) return [];
    const start = toCodePoint(line.start);
    const end = toCodePoint(line.end);
    // Code points and UTF-16 units agree on a line without astral characters: no need to split it.
    const chars = end - start === line.raw.length ? null : Array.from(line.raw);
    const out: Array<{ x: number; text: string; bold: boolean }> = [];
    let lastEnd = -1;
    let lastRight = -Infinity;
    for (let j = firstStyle[i] ?? sorted.length; j < sorted.length; j++) {
      const s = sorted[j] as TextStyle;
      if (s.start >= end) break;
      if (s.x === undefined) continue;
      const from = Math.max(0, s.start - start);
      const text = chars ? chars.slice(from, s.end - start).join('') : line.raw.slice(from, s.end - start);
      if (text.trim() === '') continue;
      const previous = out[out.length - 1];
      // A run that starts where the last one ends, on the page and in the text, is the same cell: a word split
      // where the font changes glyphs ("bene" "fi" "cial", a ligature), or a cell's text cut where a browser
      // left an unused soft hyphen, which pdf.js reads as a space opening the next run ("solici" " tudes de").
      // A new column starts a cell's padding away, never touching.
      const touching = s.start === lastEnd && Math.abs(s.x - lastRight) <= TOUCHING;
      if (previous && touching) previous.text = joinRunText(previous.text, text, documentText, counts);
      else out.push({ x: s.x, text, bold: boldRun(s) });
      lastEnd = s.end;
      lastRight = s.em > 0 ? s.x + s.em * s.size * (s.end - s.start) : -Infinity;
    }
    return out;
  };
  const boldLead = (i: number): string | null => {
    const line = lines[i];
    if (!line) return null;
    const start = toCodePoint(line.start);
    const end = toCodePoint(line.end);
    let leadEnd = -1;
    let rest = false;
    for (let j = firstStyle[i] ?? sorted.length; j < sorted.length; j++) {
      const r = sorted[j] as TextStyle;
      if (r.start >= end) break;
      if (r.end <= start) continue;
      const from = Math.max(0, r.start - start);
      // Spaces take either face; they neither open nor close the lead.
      if (line.raw.slice(from, r.end - start).trim() === '') continue;
      if (boldRun(r) && r.size >= bodySize * SMALLER) {
        if (rest) break;
        leadEnd = r.end - start;
      } else {
        if (leadEnd < 0) return null;
        rest = true;
        break;
      }
    }
    if (leadEnd <= 0 || !rest) return null;
    // Code points and UTF-16 units agree on a line without astral characters.
    const text =
      end - start === line.raw.length
        ? line.raw.slice(0, leadEnd)
        : Array.from(line.raw).slice(0, leadEnd).join('');
    return text.trim() === '' ? null : text.trim();
  };
  return { looks, rank, key, cells, boldLead };
}

function isSorted(styles: readonly TextStyle[]): boolean {
  for (let i = 1; i < styles.length; i++) {
    if ((styles[i] as TextStyle).start < (styles[i - 1] as TextStyle).start) return false;
  }
  return true;
}
