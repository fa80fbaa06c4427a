import type { Candidate } from './find-commitments.ts';

/** Share of a list's titles that may repeat an earlier one before the list is not one of commitments. */
const MAX_REPEATS = 0.25;

/**
 * Each commitment has a title of its own. A level of printed headings whose titles are mostly the same
 * words is something printed once per commitment: a table's header row ("Atividades · Início ·
 * Conclusão") under each template, a label repeated on each page. It may line up with the template
 * blocks one to one and still not be the commitments. Titles are compared on their letters and digits.
 */
export function repeatsTitles(list: readonly Candidate[]): boolean {
  if (list.length < 3) return false;
  const seen = new Set<string>();
  let repeats = 0;
  for (const c of list) {
    const key = c.title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    if (seen.has(key)) repeats++;
    else seen.add(key);
  }
  return repeats / list.length > MAX_REPEATS;
}
