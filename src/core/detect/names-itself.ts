/**
 * Whether a document calls itself what a pattern names (a self-assessment), rather than mentioning such a
 * document in passing. A report names itself in its title, its first heading or the opening words of a line
 * of its cover ("End-of-Term Self-Assessment Report: …", "Mid-term self-assessment report."); a plan
 * mentions the last plan's self-assessment inside a sentence of its introduction ("… concluídos segundo o
 * relatório de autoavaliação. As recomendações …").
 */

/** How far into the text a cover's lines are looked at: the detector's opening. */
const COVER_LENGTH = 800;
/** A title names what it is within its first few words; a sentence mentions it further on. */
const LEADING_WORDS = 6;
/** Where a line's first sentence ends. */
const SENTENCE_END = /[.;!?](?:\s|$)/u;

/**
 * `pattern` is lower-case, as every detector cue; `title` and `firstHeading` lower-cased, `text` as
 * printed (a line that starts in lower case goes on a sentence from the line before).
 */
export function namesItself(
  pattern: RegExp,
  sample: { title: string; firstHeading: string; text: string },
): boolean {
  if (pattern.test(sample.title) || pattern.test(sample.firstHeading)) return true;
  for (const line of sample.text.slice(0, COVER_LENGTH).split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || /^\p{Ll}/u.test(trimmed)) continue;
    const first = trimmed.split(SENTENCE_END, 1)[0] as string;
    const m = pattern.exec(first.toLowerCase());
    if (
      m &&
      first
        .slice(0, m.index)
        .split(/\s+/u)
        .filter((w) => w !== '').length <= LEADING_WORDS
    ) {
      return true;
    }
  }
  return false;
}
