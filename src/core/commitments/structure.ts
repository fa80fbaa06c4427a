import { joinPrintedLines, type TextLine } from '../text/text-lines.ts';
import {
  AFTER_COMMITMENTS,
  NOT_COMMITMENTS,
  dedupe,
  numberedTitle,
  sameHeadingLook,
  type Candidate,
} from './find-commitments.ts';
import { CONTENTS_LINE, CONTINUES, matchHeading } from './heading-forms.ts';
import type { Layout } from './layout-cues.ts';
import { contentsEntries, entriesInBody } from './contents-page.ts';
import { follows, levelKey, parseNumbered, type Numbered } from './numbering.ts';
import { printedDates } from './printed-dates.ts';
import { tableRows } from './table-rows.ts';
import { fieldCounts, templateBlocks, type FieldLine, type TemplateBlock } from './template-fields.ts';

/** What the structural cues read: the lines, page furniture, the layout and each line's template field. */
export interface Structure {
  lines: readonly TextLine[];
  furniture: ReadonlySet<number>;
  layout: Layout | null;
  fields: ReadonlyArray<FieldLine | null>;
  /** The page (from 1) a line is on; null for a text without pages. */
  pageOfLine: (line: number) => number | null;
}

/** Parts of a plan that are not its commitments, whatever headings they hold. */
const NOT_COMMITMENT_PART =
  /^(?:introduction|foreword|preface|background|context|executive summary|methodology|how this plan was (?:made|developed)|consultation|co-?creation|presentaci[oó]n|introducci[oó]n|pr[oó]logo|antecedentes|contexto|resumen ejecutivo|metodolog[ií]a|proceso de (?:cocreaci[oó]n|co-creaci[oó]n|consulta|elaboraci[oó]n)|nota introdut[oó]ria|introdu[cç][aã]o|pref[aá]cio|enquadramento|sum[aá]rio executivo|metodologia|processo de (?:cocria[cç][aã]o|co-cria[cç][aã]o|consulta|elabora[cç][aã]o)|avant-propos|pr[eé]face|contexte|synth[eè]se|m[eé]thodologie|d[eé]marche de (?:co-construction|concertation|consultation))\b/iu;
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
  const options: Candidate[][] = [textual, ...numberedLevels(s), ...contentsLevels(s), tableCandidates(s)];
  const fromTemplate = blocks.length >= 2 ? templateCandidates(s, blocks) : [];
  const byLayout = layoutLevels(s);
  options.push(fromTemplate, ...byLayout);
  if (target === null) {
    // The text's headings stand, unless the layout prints headings and these are mostly body text (a
    // numbered list of recommendations taken for commitments) while a level of printed headings exists.
    // With no text headings either, the layout level with the most headings that have bodies, three at least.
    const levels = byLayout.filter((l) => l.length >= 2).sort((a, b) => b.length - a.length);
    const strong = levels.filter((l) => l.length >= 3);
    if (textual.length > 0 && (strong.length === 0 || styledShare(s, textual) >= 0.5)) {
      return childLevel(s, textual) ?? textual;
    }
    // Two printed headings alone ("1st plan", "2nd plan" on a landing page) are too few to call commitments.
    return strong[0] ?? textual;
  }
  const starts = blocks.map((b) => b.first);
  const cost = (list: Candidate[]): number => {
    if (list.length < 2) return Infinity;
    const off = Math.abs(list.length - target) / target;
    // Against template blocks, a list must also line up with them: one block per commitment. Without
    // them, its headings must have bodies: a contents page lists the same labels with none.
    return starts.length >= 2 ? off + (1 - aligned(list, starts)) : off + (1 - bodied(s, list));
  };
  if (cost(textual) <= TOLERANCE) return textual;
  // The text's own headings also stand when their count is one the document supports otherwise: as
  // many as lead agencies, commitment ids or titles printed, or as the plan states. A template may leave
  // the dates out of some commitments.
  const counts = fieldCounts(s.fields);
  const supported = [stated, counts.get('lead'), counts.get('id'), counts.get('title')];
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

function skippable(s: Structure, i: number): boolean {
  const line = s.lines[i] as TextLine;
  return line.clean === '' || s.furniture.has(i);
}

function nextContent(s: Structure, from: number): number {
  let j = from + 1;
  while (j < s.lines.length && skippable(s, j)) j++;
  return j;
}

/**
 * A heading's title from its first line's text on: it goes on over the next lines while they are printed
 * in the same heading style, or while a line ends mid-phrase. Returns the title and its last line.
 */
function titleFrom(s: Structure, at: number, first: string): { title: string; last: number } {
  let title = first;
  let last = at;
  for (;;) {
    const j = nextContent(s, last);
    if (j >= s.lines.length || title.length >= 250) break;
    const more = (s.lines[j] as TextLine).clean;
    if (s.fields[j] || matchHeading(more) || parseNumbered(more)) break;
    if (!sameHeadingLook(s.layout, last, j) && !(CONTINUES.test(title) && !s.layout)) break;
    title = joinPrintedLines(`${title}\n${more}`);
    last = j;
  }
  return { title: title.replace(/(?<!\b\p{Lu}\.\p{Lu})[.:]$/u, '').trim(), last };
}

/**
 * Numbered headings, one list per level (`number:1` for `3.`, `number:2` for `1.2`, `letter:2` for
 * `A.1`), each in sequence.
 */
function numberedLevels(s: Structure): Candidate[][] {
  const all = numberedLevelsOf(s, false);
  // Where the layout marks headings, the levels again with only the lines printed as headings: trap lists
  // in body text drop out. Both are offered; the count decides.
  const styled = s.layout !== null && s.layout.rank.some((r) => r > 0);
  return styled ? [...numberedLevelsOf(s, true), ...all] : all;
}

function numberedLevelsOf(s: Structure, styled: boolean): Candidate[][] {
  const byLevel = new Map<string, Array<Candidate & { numbered: Numbered }>>();
  for (let i = 0; i < s.lines.length; i++) {
    if (skippable(s, i) || s.fields[i]) continue;
    const line = s.lines[i] as TextLine;
    if (CONTENTS_LINE.test(line.raw.trimEnd())) continue;
    const numbered = parseNumbered(line.clean);
    if (!numbered) continue;
    if (styled && (s.layout?.rank[i] ?? 0) === 0) continue;
    const { title, last } = titleFrom(s, i, numbered.rest);
    if (!numberedTitle(title, s.lines, nextContent(s, last))) continue;
    const key = levelKey(numbered);
    const list = byLevel.get(key) ?? [];
    list.push({ form: 'numbered', label: numbered.label, title, line: i, lastLine: last, numbered });
    byLevel.set(key, list);
  }
  const out: Candidate[][] = [];
  for (const list of byLevel.values()) {
    const kept: Array<Candidate & { numbered: Numbered }> = [];
    // Contents entries and running headers repeat headings: keep the one with a body, then count.
    for (const c of dedupe(list) as Array<Candidate & { numbered: Numbered }>) {
      const previous = kept[kept.length - 1];
      if (follows(previous?.numbered ?? null, c.numbered)) kept.push(c);
      // A list starting again from its first label (the body after the contents, a new part of the
      // document) is a list of its own.
      else if (previous && c.numbered.parts.every((x) => x === 1)) {
        out.push(strip(kept.splice(0)));
        kept.push(c);
      }
    }
    if (kept.length > 0) out.push(strip(kept));
  }
  return out;
}

/**
 * The theme of each numbered heading: the nearest line above it printed larger (layout), or the heading of
 * its parent label (`1.` above `1.2`), label left out.
 */
/** A list without the parsed labels, its themes to be found once it is chosen. */
function strip(list: Array<Candidate & { numbered: Numbered }>): Candidate[] {
  return list.map(({ numbered: _, ...plain }) => plain);
}

function withThemes(s: Structure, list: Array<Candidate & { numbered?: Numbered }>): Candidate[] {
  return carryThemes(
    list.map((c, k) => {
      const floor = k > 0 ? (list[k - 1] as Candidate).lastLine : -1;
      const theme = themeAbove(s, c.line, floor) ?? parentHeading(s, c);
      const { numbered: _, ...plain } = c;
      return theme === undefined ? plain : { ...plain, theme };
    }),
  );
}

/**
 * Siblings share their parent's theme: `1.2` takes the theme found for `1.1`, since what lies between
 * them (milestones numbered `1.`, `2.`) is not their parent's heading.
 */
function carryThemes(list: Candidate[]): Candidate[] {
  const parentOf = (c: Candidate): string | null => {
    const n = c.label ? parseNumbered(`${c.label} x`) : null;
    return n && n.parts.length >= 2 ? `${n.scheme}:${n.parts.slice(0, -1).join('.')}` : null;
  };
  return list.map((c, k) => {
    const previous = k > 0 ? (list[k - 1] as Candidate) : null;
    const parent = parentOf(c);
    if (!previous || parent === null || parentOf(previous) !== parent) return c;
    const theme = previous.theme;
    // Reuse the run's first theme: later entries of the run have been given it already.
    list[k] = theme === undefined ? c : { ...c, theme };
    return list[k] as Candidate;
  });
}

/** How far back a parent heading (`1.` above `1.3`) is looked for. */
const PARENT_REACH = 2000;

/** The title of the heading that prints this label's parent (`2.` or `B.` above `2.3` or `B.1`). */
function parentHeading(s: Structure, c: Candidate): string | undefined {
  const own = c.label ? parseNumbered(`${c.label} x`) : null;
  if (!own || own.parts.length < 2) return undefined;
  const parent = own.parts.slice(0, -1);
  for (let j = c.line - 1; j >= 0 && j > c.line - PARENT_REACH; j--) {
    if (skippable(s, j) || s.fields[j]) continue;
    const line = s.lines[j] as TextLine;
    const up = parseNumbered(line.clean);
    if (!up || up.scheme !== own.scheme || CONTENTS_LINE.test(line.raw.trimEnd())) continue;
    if (up.parts.length === parent.length && up.parts.every((x, i) => x === parent[i])) {
      return titleFrom(s, j, up.rest).title;
    }
  }
  return undefined;
}

/** The nearest heading above `line` (down to `floor`) printed larger than it; its title, label left out. */
function themeAbove(s: Structure, line: number, floor: number): string | undefined {
  const layout = s.layout;
  if (!layout) return undefined;
  const rank = layout.rank[line] ?? 0;
  if (rank === 0) return undefined;
  for (let j = line - 1; j > floor; j--) {
    if (skippable(s, j)) continue;
    const r = layout.rank[j] ?? 0;
    if (r > 0 && r < rank) {
      // The theme heading may be wrapped: go up to its first line.
      let first = j;
      while (first - 1 > floor && sameHeadingLook(layout, first - 1, j) && !skippable(s, first - 1)) first--;
      const text = joinPrintedLines(
        s.lines
          .slice(first, j + 1)
          .map((l) => l.clean)
          .join('\n'),
      );
      const numbered = parseNumbered(text);
      return numbered ? numbered.rest : text;
    }
  }
  return undefined;
}

/**
 * The headings the contents page points at, one list per level of its entries; the title is the body's
 * (a contents page may abridge or reword it).
 */
function contentsLevels(s: Structure): Candidate[][] {
  const found = entriesInBody(contentsEntries(s.lines), s.lines, s.pageOfLine);
  const byLevel = new Map<string, Candidate[]>();
  for (const { entry, line } of found) {
    if (s.fields[line]) continue;
    const clean = (s.lines[line] as TextLine).clean;
    const rest = parseNumbered(clean)?.rest ?? clean;
    const { title, last } = titleFrom(s, line, rest);
    const list = byLevel.get(entry.level) ?? [];
    list.push({ form: 'numbered', label: entry.label, title, line, lastLine: last });
    byLevel.set(entry.level, list);
  }
  return [...byLevel.values()];
}

function tableCandidates(s: Structure): Candidate[] {
  return tableRows(s.lines).map((row) => ({
    form: 'numbered',
    label: row.label,
    title: row.title,
    line: row.line,
    lastLine: row.line,
    theme: null,
  }));
}

/**
 * One commitment per template block. Its title is the template's own title field when printed, or the
 * heading just above the block: the lines printed in one heading style, or a short line that does not
 * end a sentence. Its label is the id field, or the label the heading prints.
 */
function templateCandidates(s: Structure, blocks: readonly TemplateBlock[]): Candidate[] {
  return carryThemes(templateCandidatesOf(s, blocks));
}

function templateCandidatesOf(s: Structure, blocks: readonly TemplateBlock[]): Candidate[] {
  const out: Candidate[] = [];
  blocks.forEach((block, k) => {
    const floor = k > 0 ? (blocks[k - 1] as TemplateBlock).last : -1;
    let label: string | null = null;
    if (block.idLine !== null) {
      const id = s.fields[block.idLine] as FieldLine;
      label = (id.value !== '' ? id.value : (s.lines[nextContent(s, block.idLine)]?.clean ?? '')) || null;
    }
    // The title field's value; when a table's columns come out one after the other (labels first), it is
    // not beside its label, and the heading above the block is the title.
    let fromField = '';
    let fieldLast = block.titleLine ?? -1;
    if (block.titleLine !== null) {
      const field = s.fields[block.titleLine] as FieldLine;
      fromField = field.value;
      if (fromField === '') {
        const j = nextContent(s, block.titleLine);
        if (j < s.lines.length && !s.fields[j]) ({ title: fromField, last: fieldLast } = fieldValue(s, j));
      }
    }
    if (block.titleLine !== null && fromField !== '') {
      const title = fromField;
      const last = fieldLast;
      const line = Math.min(block.first, block.titleLine, block.idLine ?? Infinity);
      out.push({ form: 'numbered', label, title, line, lastLine: Math.max(last, line), theme: null });
      return;
    }
    const heading = headingAbove(s, block.first, floor);
    if (!heading) return;
    const keyword = matchHeading(heading.title);
    const numbered = keyword ? null : parseNumbered(heading.title);
    const title = keyword?.rest || numbered?.rest || heading.title;
    const label2 = label ?? keyword?.label ?? numbered?.label ?? null;
    const theme =
      themeAbove(s, heading.line, floor) ??
      parentHeading(s, {
        form: 'numbered',
        label: label2,
        title,
        line: heading.line,
        lastLine: heading.last,
      });
    out.push({
      form: 'numbered',
      label: label2,
      title: title.replace(/^[:.|–—-]\s*/u, ''),
      line: heading.line,
      lastLine: heading.last,
      ...(theme === undefined ? {} : { theme }),
    });
  });
  return out;
}

/** A field's value printed from line `at` on: up to the next field, over three lines at most. */
function fieldValue(s: Structure, at: number): { title: string; last: number } {
  let title = (s.lines[at] as TextLine).clean;
  let last = at;
  for (let n = 0; n < 2 && !/[.;]$/u.test(title); n++) {
    const j = nextContent(s, last);
    if (j >= s.lines.length || s.fields[j]) break;
    const more = (s.lines[j] as TextLine).clean;
    if (matchHeading(more) || parseNumbered(more) || title.length + more.length > 250) break;
    title = joinPrintedLines(`${title}\n${more}`);
    last = j;
  }
  return { title: title.replace(/[.:]$/u, '').trim(), last };
}

function headingAbove(
  s: Structure,
  first: number,
  floor: number,
): { title: string; line: number; last: number } | null {
  let j = first - 1;
  while (j > floor && skippable(s, j)) j--;
  if (j <= floor || s.fields[j]) return null;
  const layout = s.layout;
  if (layout && (layout.rank[j] ?? 0) > 0) {
    let top = j;
    while (top - 1 > floor && !skippable(s, top - 1) && sameHeadingLook(layout, top - 1, j)) top--;
    const title = joinPrintedLines(
      s.lines
        .slice(top, j + 1)
        .filter((_, k) => !s.furniture.has(top + k))
        .map((l) => l.clean)
        .join('\n'),
    );
    return { title: title.replace(/[.:]$/u, ''), line: top, last: j };
  }
  const line = (s.lines[j] as TextLine).clean;
  if (line.length > 200 || /[.;,]$/u.test(line)) return null;
  return { title: line.replace(/:$/u, ''), line: j, last: j };
}

/**
 * Headings by layout, one list per heading style: consecutive lines in one style are one heading. Parts
 * that are not commitments (introduction, lessons, annexes) are left out with all they hold, and a heading
 * counts only with a body of its own before the next heading.
 */
function layoutLevels(s: Structure): Candidate[][] {
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
    if (CONTENTS_LINE.test(line.raw.trimEnd())) continue;
    let last = i;
    let title = line.clean;
    for (let j = nextContent(s, i); j < s.lines.length && sameHeadingLook(layout, i, j) && !s.fields[j];) {
      title = joinPrintedLines(`${title}\n${(s.lines[j] as TextLine).clean}`);
      last = j;
      j = nextContent(s, j);
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
    const next = headings[k + 1];
    // A body: some line that is not a heading between this heading and the next.
    const bodyEnd = next ? next.line : s.lines.length;
    if (nextContent(s, h.last) >= bodyEnd) return;
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
  return [...byRank.values()];
}
