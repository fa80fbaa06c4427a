/**
 * Whether a document calls itself what a pattern names (a self-assessment), rather than mentioning such a
 * document in passing. A report names itself in its title, its first heading or a title line of its cover
 * ("End-of-Term Self-Assessment Report"); a plan mentions the last plan's self-assessment in a sentence of
 * its introduction ("… segundo o relatório de autoavaliação. As recomendações …").
 */

/** How far into the text a cover's title lines are looked for. */
const COVER_LENGTH = 400;
/** A title line is short; a line of running text is longer. */
const TITLE_WORDS = 16;

/** A sentence ends inside the line, and another begins: running text, not a title. */
const SENTENCE_BREAK = /[a-zà-ÿ)][.;]\s+\S/u;

export function namesItself(
  pattern: RegExp,
  sample: { title: string; firstHeading: string; text: string },
): boolean {
  if (pattern.test(sample.title) || pattern.test(sample.firstHeading)) return true;
  for (const line of sample.text.slice(0, COVER_LENGTH).split('\n')) {
    if (!pattern.test(line)) continue;
    const words = line.trim().split(/\s+/u).length;
    if (words <= TITLE_WORDS && !SENTENCE_BREAK.test(line)) return true;
  }
  return false;
}
