/** How plans print a commitment's heading; a document uses one form, the finder picks the best one. */
export type HeadingForm = 'keyword' | 'id' | 'pipe' | 'numbered' | 'bullet';

export interface HeadingMatch {
  form: HeadingForm;
  label: string | null;
  /** What follows the label on the heading line; may be empty (title on the next line). */
  rest: string;
}

// `Commitment 3: …`, `Compromiso 2.`, `Compromisso 1 |`, `Engagement 7 :`, `Compromiso N° 4 -`, `Commitment #5`.
const KEYWORD =
  /^(?:commitment|compromiso|compromisso|engagement)\s+(?:n\s?[.º°o]\s*|#\s*)?(\d{1,2}(?:\.\d{1,2})?)\s*([:.|–—-])?\s*(.*)$/iu;
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

/** A contents line: dot leaders or a page number at its end. */
export const CONTENTS_LINE = /(?:\.{3,}|…{2,}|-{3,}|_{3,}|\s{2,}|\t)\s*\d{1,3}\s*$/u;

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

/** Words a wrapped heading line ends with when the heading goes on to the next line. */
export const CONTINUES =
  /(?:\b(?:and|or|of|the|for|to|in|on|with|a|an|y|o|de|del|la|el|los|las|en|para|e|do|da|dos|das|et|du|des|le|les|pour|à)|[,–—-])$/iu;
