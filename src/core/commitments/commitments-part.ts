/**
 * The heading of the part of a document that holds all its commitments: "4. Commitments", "IV. LES
 * ENGAGEMENTS", and the longer headings that name the commitments as a whole ("Implementation of the
 * commitments", "ÉTAT DE MISE EN ŒUVRE DES ENGAGEMENTS", "Avance de los compromisos", "Execução dos
 * compromissos", "Engagements du plan d'action", "Análise por compromisso"). Such a heading stands above the commitments like a theme,
 * but it is not one: a theme names a subject, this names the list itself.
 */

const NUMBER = '(?:(?:[IVX]{1,4}|\\d{1,2})[.)]?\\s+)?';
const NOUN = '(?:commitments|compromisos|compromissos|engagements)';
/** "Commitments of the action plan", "Engagements du plan d'action", "Compromisos del plan". */
const OF_THE_PLAN =
  "(?:\\s+(?:of\\s+the\\s+(?:action\\s+)?plan|du\\s+plan(?:\\s+d['’]action)?|del\\s+plan(?:\\s+de\\s+acci[oó]n)?|do\\s+plano(?:\\s+de\\s+a[cç][aã]o)?))?";
/** "Commitments", "Our commitments", "Les engagements". */
const BARE = `(?:(?:our|the|los|las|nuestros|os|as|nossos|les|nos)\\s+)?${NOUN}`;
/**
 * A few words, then "of the / des / de los / dos" before the noun: "Implementation of the commitments".
 * The joining word is required, so that "Transparency commitments", which names a subject, stays a theme.
 */
const OF_THE = `\\p{L}[\\p{L}'’\\s-]{0,60}?\\s(?:of\\s+(?:the\\s+)?|des\\s+|de\\s+(?:los|las)\\s+|d[oa]s\\s+)${NOUN}`;
/**
 * A few words, then "by / per / por / par" and the noun: "Analysis by commitment", "Análise por compromisso",
 * "Analyse par engagement": the part of a report that takes the commitments one by one.
 */
const BY_EACH = `\\p{L}[\\p{L}'’\\s-]{0,60}?\\s(?:by|per|por|par)\\s+(?:commitment|compromiso|compromisso|engagement)s?`;
const PART = new RegExp(`^${NUMBER}(?:${BARE}|${OF_THE}|${BY_EACH})${OF_THE_PLAN}$`, 'iu');

/** Whether a heading names the part that holds all the commitments, not a theme among them. */
export function isCommitmentsPart(heading: string): boolean {
  return PART.test(heading.trim());
}
