import { BREAK_HYPHENS } from './break-hyphens.ts';

/** One line of a text, with its UTF-16 offsets (`end` before the newline) and its text tidied for reading. */
export interface TextLine {
  start: number;
  end: number;
  /** The line with tabs and runs of spaces as one space, trimmed. */
  clean: string;
  /** The line as extracted, tabs kept: a tab before a trailing number marks a contents entry. */
  raw: string;
}

const LINE = /[^\n]*/g;
const SPACES = /[\t \u00a0]+/g;

/** The lines of a text; PDF extraction puts tabs between words, so they count as spaces. */
export function textLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  for (const match of text.matchAll(LINE)) {
    // matchAll yields an empty match after each line; skip those between a line and its newline.
    if (match[0] === '' && match.index > 0 && text[match.index - 1] !== '\n') continue;
    lines.push({
      start: match.index,
      end: match.index + match[0].length,
      clean: match[0].replace(SPACES, ' ').trim(),
      raw: match[0],
    });
  }
  return lines;
}

const BROKEN_WORD = new RegExp(`(\\p{L})[${BREAK_HYPHENS}]\\s*\\n\\s*(\\p{Ll})`, 'gu');
/**
 * A hyphen at a line end after a word of one letter ("e-\nprocurement", "m-\nhealth"): hyphenation never
 * leaves a single letter before the break (word processors and TeX keep two at least), so the hyphen is the
 * word's own and stays, the halves joined without a space.
 */
const ONE_LETTER_PREFIX = /(?<![\p{L}\p{N}])(\p{L})-\s*\n\s*(\p{Ll})/gu;
const LINE_BREAKS = /\s*\n\s*/g;

/**
 * Lines of printed text as one line: a word hyphenated across a line break is joined ("Opportuni-\nties"
 * -> "Opportunities"); a hyphen kept at a line end before a capital ("Data-\nDriven") stays, and so does one
 * after a one-letter prefix ("e-\nprocurement" -> "e-procurement").
 */
export function joinPrintedLines(text: string): string {
  return text
    .replace(ONE_LETTER_PREFIX, '$1-$2')
    .replace(BROKEN_WORD, '$1$2')
    .replace(LINE_BREAKS, ' ')
    .replace(SPACES, ' ')
    .trim();
}
