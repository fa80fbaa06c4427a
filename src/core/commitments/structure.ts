import { type TextLine } from '../text/text-lines.ts';
import { type Candidate } from './find-commitments.ts';
import { parseNumbered } from './numbering.ts';
import { badgeLabels } from './badge-labels.ts';
import { printedDates } from './printed-dates.ts';
import { repeatsTitles } from './repeated-titles.ts';
import { withSummary } from './report-summary.ts';
import { nextContent, skippable, titleFrom, type Structure } from './structure-lines.ts';
import { layoutLevels } from './structure-layout.ts';
import { runInLevels } from './run-in-titles.ts';
import { contentsLevels, numberedLevels, tableCandidates } from './structure-numbered.ts';
import { templateBacked } from './template-backed.ts';
import { templateCandidates } from './structure-template.ts';
import { withThemes } from './structure-themes.ts';
import { fieldCounts, templateBlocks } from './template-fields.ts';

export type { Structure } from './structure-lines.ts';

/** How far (in commitments) a list may be from the count the template or the plan states. */
const TOLERANCE = 0.1;

/**
 * The commitments' headings, chosen with the document's structure. `textual` is what the heading forms of
 * the text found (keyword, ids, numbers, bullets). When the plan's template blocks or its own stated count
 * say how many commitments it has and `textual` disagrees, the cue that agrees best is taken instead: a
 * numbering level, the rows of a matrix, the template blocks themselves, or a level of layout headings.
 * With no count to check against, `textual` stands unless it is empty.
 */
export function chooseStructure(s: Structure, textual: Candidate[], stated: number | null): Candidate[] {
  const blocks = templateBlocks(s.fields);
  const target = blocks.length >= 2 ? blocks.length : stated;
  const matrix = tableCandidates(s);
  const summarised = withSummary(textual, matrix);
  if (summarised) return summarised;
  const options: Candidate[][] = [textual, ...numberedLevels(s), ...contentsLevels(s), matrix];
  const byLayout = layoutLevels(s);
  const starts = blocks.map((b) => b.first);
  // A level of printed headings that each head one template block, less the sections of the introduction
  // printed in its style, before the line above each block: from the largest style down, since a
  // commitment's own sub-headings ("The challenge") may each head one block too. Those sections left out,
  // the numbers printed above the headings may count 1, 2, 3 (`badgeLabels`).
  const rankOf = (level: Candidate[]): number => s.layout?.rank[level[0]?.line ?? -1] ?? 0;
  if (starts.length >= 2) {
    options.push(
      ...[...byLayout]
        .sort((a, b) => rankOf(a) - rankOf(b))
        .map((l) => badgeLabels(s, templateBacked(l, starts))),
    );
  }
  const fromTemplate = blocks.length >= 2 ? templateCandidates(s, blocks) : [];
  options.push(fromTemplate, ...byLayout);
  if (target === null) {
    // The text's headings stand, unless the layout prints headings and these are mostly body text (a
    // numbered list of recommendations taken for commitments) while a level of printed headings exists.
    // With no text headings either, the layout level with the most headings that have bodies, three at least.
    // A matrix whose header names the commitment column says what the commitments are; plain numbered
    // lines say nothing of the kind (the document's sections, its lists). They stand only where they
    // repeat the matrix's titles: a summary matrix first, each commitment under its own heading after.
    if (matrix.length >= 3 && textual.every((c) => c.form === 'numbered')) {
      const opening = (t: string): string => t.toLowerCase().replace(/\W+/gu, '').slice(0, 24);
      const inMatrix = new Set(matrix.map((c) => opening(c.title)));
      const repeated = textual.filter((c) => inMatrix.has(opening(c.title))).length;
      if (repeated < matrix.length / 2) return matrix;
    }
    const levels = byLayout.filter((l) => l.length >= 2).sort((a, b) => b.length - a.length);
    const strong = levels.filter((l) => l.length >= 3);
    if (textual.length > 0 && (strong.length === 0 || styledShare(s, textual) >= 0.5)) {
      return childLevel(s, textual) ?? textual;
    }
    // Two printed headings alone ("1st plan", "2nd plan" on a landing page) are too few to call commitments.
    return strong[0] ?? textual;
  }
  // Unnumbered run-in titles only where a count can say which paragraphs' run-ins are the commitments.
  options.push(...runInLevels(s));
  const cost = (list: Candidate[]): number => {
    if (list.length < 2 || repeatsTitles(list)) return Infinity;
    const off = Math.abs(list.length - target) / target;
    // Against template blocks, a list must also line up with them: one block per commitment. Without
    // them, its headings must have bodies: a contents page lists the same labels with none. The rows of a
    // matrix are the exception: a row's other cells are its body.
    if (starts.length >= 2) return off + (1 - aligned(list, starts));
    return list === matrix ? off : off + (1 - bodied(s, list));
  };
  if (cost(textual) <= TOLERANCE) return textual;
  // The text's own headings also stand when their count is one the document supports otherwise: as
  // many as lead agencies, commitment ids or titles printed, or as the plan states. A template may leave
  // the dates out of some commitments.
  const counts = fieldCounts(s.fields);
  const supported = [stated, counts.get('lead'), counts.get('id'), counts.get('title')];
  // Headings that name themselves ("Engagement 7", "FR0042") as many as the template blocks: one each, even
  // where the page's reading order puts a block's labels away from its values.
  const explicit = textual.every((c) => c.form === 'keyword' || c.form === 'id');
  if (explicit) supported.push(starts.length >= 2 ? starts.length : null);
  if (textual.length >= 2 && supported.some((n) => n !== null && n !== undefined && n === textual.length)) {
    return textual;
  }
  let best: Candidate[] = [];
  let bestCost = Infinity;
  for (const list of options) {
    const c = cost(list);
    if (c < bestCost - 1e-9) {
      best = list;
      bestCost = c;
    }
  }
  if (best.length === 0) return textual;
  // A stated count no list matches is likely about something else ("the first plan, with 26
  // commitments"): without template blocks to back it, only a list that matches it replaces the text's.
  if (starts.length < 2 && bestCost > TOLERANCE && textual.length > 0) return textual;
  // Themes are looked for only in the list chosen: a 300-page plan has hundreds of numbered milestones.
  return best.every((c) => c.theme === undefined) && best !== textual ? withThemes(s, best) : best;
}

/** Share of a list's headings followed by exactly one template block before the next heading. */
function aligned(list: readonly Candidate[], starts: readonly number[]): number {
  let ok = 0;
  list.forEach((c, i) => {
    const end = list[i + 1]?.line ?? Infinity;
    const n = starts.filter((s) => s >= c.line && s < end).length;
    if (n === 1) ok++;
  });
  return ok / list.length;
}

/**
 * Numbered sections that each hold printed sub-headings of their own (`1.` above `1.1`, `1.2`) are themes:
 * the commitments are the sub-headings. Only where the layout prints them as headings and they carry no
 * dates: numbered milestones under a commitment are body text, and dated.
 */
function childLevel(s: Structure, parents: readonly Candidate[]): Candidate[] | null {
  const layout = s.layout;
  if (!layout || parents.some((p) => p.form !== 'numbered' || p.label === null || p.label.includes('.'))) {
    return null;
  }
  const children: Candidate[] = [];
  let withChildren = 0;
  parents.forEach((p, k) => {
    const end = parents[k + 1]?.line ?? s.lines.length;
    let count = 0;
    for (let i = p.lastLine + 1; i < end; i++) {
      if (skippable(s, i) || (layout.rank[i] ?? 0) === 0) continue;
      const n = parseNumbered((s.lines[i] as TextLine).clean);
      if (!n || n.parts.length !== 2 || String(n.parts[0]) !== p.label) continue;
      const { title, last } = titleFrom(s, i, n.rest);
      if (printedDates(title).length > 0 || nextContent(s, last) >= end) continue;
      children.push({ form: 'numbered', label: n.label, title, line: i, lastLine: last, theme: p.title });
      count++;
      i = last;
    }
    if (count > 0) withChildren++;
  });
  return withChildren >= Math.max(2, Math.ceil(parents.length * 0.8)) ? children : null;
}

/** Share of a list's headings printed as headings (no layout: all of them). */
function styledShare(s: Structure, list: readonly Candidate[]): number {
  const layout = s.layout;
  if (!layout || list.length === 0) return 1;
  return list.filter((c) => (layout.rank[c.line] ?? 0) > 0).length / list.length;
}

/** Share of a list's headings followed by a line of their own before the next heading. */
function bodied(s: Structure, list: readonly Candidate[]): number {
  let ok = 0;
  list.forEach((c, i) => {
    const next = list[i + 1]?.line ?? s.lines.length;
    if (nextContent(s, c.lastLine) < next) ok++;
  });
  return ok / list.length;
}
