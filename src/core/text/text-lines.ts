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

// A hyphen-minus, a soft hyphen, or the hyphen (U+2010) that browsers' and some typesetters' hyphenation prints.
const BROKEN_WORD = /(\p{L})[-\u00ad\u2010]\s*\n\s*(\p{Ll})/gu;
const LINE_BREAKS = /\s*\n\s*/g;

/**
 * Lines of printed text as one line: a word hyphenated across a line break is joined ("Opportuni-\nties"
 * -> "Opportunities"); a hyphen kept at a line end before a capital ("Data-\nDriven") stays.
 */
export function joinPrintedLines(text: string): string {
  return text.replace(BROKEN_WORD, '$1$2').replace(LINE_BREAKS, ' ').replace(SPACES, ' ').trim();
}
