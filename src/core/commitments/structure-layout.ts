import { joinPrintedLines, type TextLine } from '../text/text-lines.ts';
import { badgeLabels } from './badge-labels.ts';
import { boldRunIn } from './bold-run-in.ts';
import { AFTER_COMMITMENTS, NOT_COMMITMENTS, sameHeadingLook, type Candidate } from './find-commitments.ts';
import { isContentsLine, matchHeading } from './heading-forms.ts';
import { parseNumbered } from './numbering.ts';
import { nextContent, skippable, type Structure } from './structure-lines.ts';

/** Parts of a plan that are not its commitments, whatever headings they hold. */
export const NOT_COMMITMENT_PART =
  /^(?:introduction|foreword|preface|background|context|executive summary|methodology|how this plan was (?:made|developed)|consultation|co-?creation|presentaci[oó]n|introducci[oó]n|pr[oó]logo|antecedentes|contexto|resumen ejecutivo|metodolog[ií]a|proceso de (?:cocreaci[oó]n|co-creaci[oó]n|consulta|elaboraci[oó]n)|nota introdut[oó]ria|introdu[cç][aã]o|pref[aá]cio|enquadramento|sum[aá]rio executivo|metodologia|processo de (?:cocria[cç][aã]o|co-cria[cç][aã]o|consulta|elabora[cç][aã]o)|avant-propos|pr[eé]face|contexte|synth[eè]se|m[eé]thodologie|d[eé]marche de (?:co-construction|concertation|consultation))\b/iu;

/**
 * Headings by layout, one list per heading style: consecutive lines in one style are one heading. Parts
 * that are not commitments (introduction, lessons, annexes) are left out with all they hold, and a heading
 * counts only with a body of its own before the next heading.
 */
export function layoutLevels(s: Structure): Candidate[][] {
  const layout = s.layout;
  if (!layout) return [];
  interface Heading {
    rank: number;
    title: string;
    line: number;
    last: number;
    skipped: boolean;
  }
  const headings: Heading[] = [];
  for (let i = 0; i < s.lines.length; i++) {
    const rank = layout.rank[i] ?? 0;
    if (rank === 0 || skippable(s, i) || s.fields[i]) continue;
    const line = s.lines[i] as TextLine;
    if (isContentsLine(line.raw)) continue;
    let last = i;
    let title = line.clean;
    const parts = [{ line: i, text: line.clean }];
    let j = nextContent(s, i);
    for (; j < s.lines.length && sameHeadingLook(layout, i, j) && !s.fields[j]; j = nextContent(s, j)) {
      title = joinPrintedLines(`${title}\n${(s.lines[j] as TextLine).clean}`);
      parts.push({ line: j, text: (s.lines[j] as TextLine).clean });
      last = j;
    }
    // A mostly bold line that is a run-in: the title is its bold part, which may end on the next line.
    const next =
      j < s.lines.length && !s.fields[j] ? { line: j, text: (s.lines[j] as TextLine).clean } : null;
    const runIn = boldRunIn(parts, next, layout.boldLead);
    if (runIn) {
      title = runIn.title;
      last = runIn.last;
    }
    if (title.length <= 250) headings.push({ rank, title, line: i, last, skipped: false });
    i = last;
  }
  // Open parts, from the largest heading down: a heading closes the parts at its rank and below.
  const open: Heading[] = [];
  for (const h of headings) {
    while (open.length > 0 && (open[open.length - 1] as Heading).rank >= h.rank) open.pop();
    const bare = parseNumbered(h.title)?.rest ?? h.title;
    h.skipped =
      open.some((p) => p.skipped) ||
      NOT_COMMITMENT_PART.test(bare) ||
      NOT_COMMITMENTS.test(bare) ||
      AFTER_COMMITMENTS.test(bare);
    open.push(h);
  }
  const byRank = new Map<number, Candidate[]>();
  headings.forEach((h, k) => {
    if (h.skipped) return;
    // A body: some line that is not a heading between this heading and the next, or headings of a lower
    // level that open it (a commitment's "Lead department", "The challenge" printed as sub-headings).
    const next = headings[k + 1];
    const bodyEnd = next ? next.line : s.lines.length;
    if (nextContent(s, h.last) >= bodyEnd && !(next && next.rank > h.rank)) return;
    let theme: string | null = null;
    for (let j = k - 1; j >= 0; j--) {
      const up = headings[j] as Heading;
      if (up.rank < h.rank) {
        theme = up.skipped ? null : (parseNumbered(up.title)?.rest ?? up.title);
        break;
      }
    }
    const keyword = matchHeading(h.title);
    const numbered = keyword ? null : parseNumbered(h.title);
    const list = byRank.get(h.rank) ?? [];
    list.push({
      form: 'numbered',
      label: keyword?.label ?? numbered?.label ?? null,
      title: (keyword?.rest || numbered?.rest || h.title).replace(/^[:.|–—-]\s*/u, ''),
      line: h.line,
      lastLine: h.last,
      theme,
    });
    byRank.set(h.rank, list);
  });
  return [...byRank.values()].map((level) => badgeLabels(s, hangingLabels(level)));
}

/**
 * Numbers hanging in the margin with no dot after them ("1" then the title, indented): a level of printed
 * headings that all start with a bare number counting 1, 2, 3… carries those numbers as its labels.
 */
export function hangingLabels(list: Candidate[]): Candidate[] {
  if (list.length < 2 || list.some((c) => c.label !== null)) return list;
  const parts = list.map((c) => /^(\d{1,3})\s+(\p{Lu}.*)$/su.exec(c.title));
  const counts = parts.every((m, k) => m !== null && Number(m[1]) === Number(parts[0]?.[1]) + k);
  if (!counts) return list;
  return list.map((c, k) => ({ ...c, label: parts[k]?.[1] as string, title: parts[k]?.[2] as string }));
}
