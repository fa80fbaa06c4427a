import { BREAK_HYPHENS } from '../text/break-hyphens.ts';
import { LEADERS_SOURCE, LEADERS_THEN_PAGE } from './dot-leaders.ts';

/** How plans print a commitment's heading; a document uses one form, the finder picks the best one. */
export type HeadingForm = 'keyword' | 'id' | 'pipe' | 'numbered' | 'bullet';

export interface HeadingMatch {
  form: HeadingForm;
  label: string | null;
  /** What follows the label on the heading line; may be empty (title on the next line). */
  rest: string;
}

// `Commitment 3: …`, `Compromiso 2.`, `Compromisso 1 |`, `Engagement 7 :`, `Compromiso N° 4 -`, `Commitment #5`,
// `Compromisso n.º 3 —`, `Compromiso Nro. 2:`, `Compromiso núm. 4`; lettered under a numbered theme: `Compromiso 2.a –`.
const KEYWORD =
  /^(?:commitment|compromiso|compromisso|engagement)\s+(?:(?:n(?:ro|úm|um)?\.?\s?[º°o]\.?|n(?:ro|úm|um)?\.)\s*|#\s*)?(\d{1,2}(?:\.\d{1,2})?(?:\.?[a-z](?!\p{L}))?)\s*([:.|–—-])?\s*(.*)$/iu;
// `US0113 …`, `C01 – …`, `C01.1 …`: country or plan codes printed before the title.
const ID = /^((?:[A-Z]{2}\d{4})|(?:[A-Z]{1,2}\d{2}(?:\.\d{1,2})?))\s*[:.|–—-]?\s+(\S.*)$/u;
const PIPE = /^(\d{1,2})\s*\|\s*(.*)$/u;
// `1. Title` and `1) Title`; `(1)` is a list inside a commitment, not a heading.
const NUMBERED = /^(\d{1,2})\s*[.)]\s+(\S.*)$/u;
const BULLET = /^[•●▪]\s*(\S.*)$/u;

export function matchHeading(line: string): HeadingMatch | null {
  let m = KEYWORD.exec(line);
  if (m) {
    const rest = m[3] ?? '';
    // "Commitment 3 will be …" is a sentence about a commitment, not its heading.
    if (!m[2] && rest !== '' && !/^\p{Lu}/u.test(rest)) return null;
    return { form: 'keyword', label: m[1] ?? null, rest };
  }
  m = ID.exec(line);
  if (m) return { form: 'id', label: m[1] ?? null, rest: m[2] ?? '' };
  m = PIPE.exec(line);
  if (m) return { form: 'pipe', label: m[1] ?? null, rest: m[2] ?? '' };
  m = NUMBERED.exec(line);
  if (m) return { form: 'numbered', label: m[1] ?? null, rest: m[2] ?? '' };
  m = BULLET.exec(line);
  if (m) return { form: 'bullet', label: null, rest: m[1] ?? '' };
  return null;
}

const CONTENTS_LINE = new RegExp(`(?:${LEADERS_SOURCE}|\\s{2,}|\\t)\\s*\\d{1,3}$`, 'u');
/** What a contents line's end is made of: leaders, spaces and the page number. */
const CONTENTS_END_CHAR = /[\s.…\-_\d]/u;

/**
 * A contents line: dot leaders or a gap, then a page number, at its end. Only the line's last stretch of
 * leaders, spaces and digits can hold that, so only it is matched: the pattern run over a whole line
 * tried it from every character, on every line of a long plan.
 */
export function isContentsLine(line: string): boolean {
  const trimmed = line.trimEnd();
  const last = trimmed.charCodeAt(trimmed.length - 1);
  if (!(last >= 48 && last <= 57)) return false;
  let from = trimmed.length;
  while (from > 0 && CONTENTS_END_CHAR.test(trimmed.charAt(from - 1))) from--;
  return CONTENTS_LINE.test(trimmed.slice(from));
}
/** The end of a contents entry for certain: leaders, then the page number. */
const LEADERS_END = LEADERS_THEN_PAGE;

/**
 * Whether the line after a heading-like line ends a contents entry: a long entry wraps, and only its last
 * line carries the leaders and the page number ("Commitment 1.2: Disclosure of … extractive" /
 * "licences ........ 6"). Then the heading-like line is that entry's first line, not a heading.
 */
export function endsContentsEntry(raw: string | undefined): boolean {
  if (raw === undefined || !LEADERS_END.test(raw)) return false;
  const clean = raw.replace(/\s+/gu, ' ').trim();
  return matchHeading(clean) === null;
}

const SMALL_WORDS = new Set(
  'a an and the of to for in on at by with from into through about under over as or its our their vs via per'.split(
    ' ',
  ),
);

/** Share of a title's words, small words aside, that begin with a capital (English headings are title case). */
export function capitalShare(title: string): number {
  const words = title.split(/[\s/]+/u).filter((w) => /\p{L}/u.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length === 0) return 0;
  const capital = words.filter((w) => /^[^\p{L}]*[\p{Lu}\d]/u.test(w)).length;
  return capital / words.length;
}

/**
 * Words a wrapped heading line ends with when the heading goes on to the next line. A whole word: `\b` knows
 * only ASCII letters, so "donnée" or "não" would end in the word "e" or "o"; a letter before it rules it out.
 */
export const CONTINUES = new RegExp(
  `(?:(?<![\\p{L}\\p{N}])(?:and|or|of|the|for|to|in|on|with|a|an|y|o|de|del|la|el|los|las|en|para|e|do|da|dos|das|et|du|des|le|les|pour|à)|[,–—${BREAK_HYPHENS}])$`,
  'iu',
);
