/**
 * Letter-spaced capitals ("E I X O 1", "C O M M I T M E N T C - 1"): a designer's headings, which pdf.js
 * gives as one run per word with a space between each letter (and kerning pairs such as "RT" left
 * together), and the words' own spaces as runs of their own. Read through the runs, the words come back:
 * "DADOS ABERTOS". Only the finder's reading of a line changes; the text and its offsets stay as extracted.
 */
import type { TextStyle } from '../text/page-text.ts';
import type { TextLine } from '../text/text-lines.ts';

/** Three characters at least, each alone or kerned with its neighbours ("RT", "RTA"), single spaces between. */
const SPACED_RUN = /^(?:\S{1,3} ){2,}\S{1,3}$/u;
/** Two at least: a short word of a letter-spaced line ("D E", "N O"). */
const SHORT_SPACED = /^(?:\S{1,3} )+\S{1,3}$/u;
/** A cheap look at the line first: three spaced characters in a row somewhere. */
const MAYBE = /(?:^|\s)\S{1,2} \S{1,2} \S{1,2}(?:\s|$)/u;
/** Share of a line's visible characters that must be letter-spaced for the line to be read so. */
const SPACED_SHARE = 0.8;

/** A run's text without the spaces letter-spacing put between its characters; null when it is not spaced. */
export function unspacedRun(text: string, short = false): string | null {
  const t = text.trim();
  if (!(short ? SHORT_SPACED : SPACED_RUN).test(t) || !/\p{L}/u.test(t)) return null;
  const tokens = t.split(' ');
  // Kerned groups aside, the characters stand alone: "A B E RT O S", "P O RTA L", not "de la los".
  if (tokens.filter((k) => k.length === 1).length < tokens.length * 0.6) return null;
  return tokens.join('');
}

/**
 * `lines` with each letter-spaced line read back into words (`clean` only; offsets and `raw` untouched).
 * `styles` are the runs (code points), `toCodePoint` maps a line's UTF-16 offsets; without styles there
 * are no runs to tell the words apart, and the lines are returned as they are.
 */
export function unspacedLines(
  lines: readonly TextLine[],
  styles: readonly TextStyle[] | undefined,
  toCodePoint: (u16: number) => number,
): TextLine[] {
  if (!styles || styles.length === 0) return lines as TextLine[];
  const runs = styles.every((s, i) => i === 0 || s.start >= (styles[i - 1] as TextStyle).start)
    ? styles
    : [...styles].sort((a, b) => a.start - b.start);
  let out: TextLine[] | null = null;
  let k = 0;
  lines.forEach((line, i) => {
    if (!MAYBE.test(line.clean)) return;
    const start = toCodePoint(line.start);
    const end = toCodePoint(line.end);
    while (k < runs.length && (runs[k] as TextStyle).end <= start) k++;
    const chars = Array.from(line.raw);
    let at = 0;
    let read = '';
    let spaced = 0;
    let visible = 0;
    let strong = false;
    for (let j = k; j < runs.length && (runs[j] as TextStyle).start < end; j++) {
      const s = runs[j] as TextStyle;
      const from = Math.max(0, s.start - start);
      const to = Math.min(chars.length, s.end - start);
      if (to <= from) continue;
      read += chars.slice(at, from).join('');
      const text = chars.slice(from, to).join('');
      const long = unspacedRun(text);
      const word = long ?? unspacedRun(text, true);
      const n = text.replace(/\s/gu, '').length;
      visible += n;
      if (word !== null) spaced += n;
      if (long !== null) strong = true;
      // A run's own leading or trailing space stays a word's space.
      read += word === null ? text : `${/^\s/u.test(text) ? ' ' : ''}${word}${/\s$/u.test(text) ? ' ' : ''}`;
      at = to;
    }
    read += chars.slice(at).join('');
    if (!strong || spaced < visible * SPACED_SHARE) return;
    out ??= [...lines];
    out[i] = { ...line, clean: read.replace(/[\t \u00a0]+/gu, ' ').trim() };
  });
  return out ?? (lines as TextLine[]);
}
