import { themeContinuation } from './theme-wrap.ts';
import { AnchoringText, countBelow } from '../anchoring/anchoring-text.ts';
import { joinPrintedLines, textLines, type TextLine } from '../text/text-lines.ts';
import { isCommitmentsPart } from './commitments-part.ts';
import type { Commitment, CommitmentSource } from './commitment.ts';
import { commitmentFields } from './commitment-fields.ts';
import {
  isContentsLine,
  CONTINUES,
  capitalShare,
  endsContentsEntry,
  matchHeading,
  type HeadingForm,
  type HeadingMatch,
} from './heading-forms.ts';
import { layoutOf, type Layout } from './layout-cues.ts';
import { unspacedLines } from './letter-spaced.ts';
import { labelsAbove } from './label-above.ts';
import { atOwnHeadings } from './own-heading.ts';
import { reportedStatus } from './reported-status.ts';
import { qualifyRestarted, THEME_DESIGNATOR, THEME_WORD } from './restarted-numbering.ts';
import { furnitureLines } from './running-lines.ts';
import { statedCount } from './stated-count.ts';
import { chooseStructure, type Structure } from './structure.ts';
import { fieldLines } from './field-lines.ts';
import { numberedTheme } from './numbered-theme.ts';
import { inLabelOrder } from './ordered-duplicates.ts';
import { titleAbove, trailingLabel, trailingPlace } from './label-after-title.ts';
import { fieldOf, type FieldLine } from './template-fields.ts';
import { divisionName } from './division-heading.ts';
import { bodyStyles, headingBetween, type BetweenLines } from './heading-between.ts';
import { parseNumbered } from './numbering.ts';
import { NOT_COMMITMENT_PART } from './structure-layout.ts';
import { isDocumentTitle } from './structure-themes.ts';
import { DESIGNATOR } from './structure-lines.ts';
import { NUMBER_WORD } from './number-words.ts';

export interface Candidate {
  form: HeadingForm;
  label: string | null;
  title: string;
  /** Index of the heading's first and last line. */
  line: number;
  lastLine: number;
  /** The theme the document's structure files it under, when a structural cue found it. */
  theme?: string | null;
  /** The status a matrix prints in a column of its own for the row (a self-assessment's "Avance"). */
  status?: string | null;
}

/** Lines a heading needs after it before the next one to count as a commitment and not a contents entry. */
const MIN_BODY_LINES = 3;
/** Sections whose numbered lists are not commitments. */
export const NOT_COMMITMENTS =
  /^(?:table of contents|contents|index|índice|sumário|sommaire|table des matières|recommendations?|recomendaciones|recomendações|recommandations|lessons(?: learned)?|achievements|logros|conquistas|réalisations|key findings|hallazgos|conclusiones?|conclus(?:ão|ões)|conclusion)\b/iu;
/** Where the commitments of a plan stop. */
export const AFTER_COMMITMENTS =
  /^(?:conclusions?|conclusiones?|conclus(?:ão|ões)|annex(?:es)?|anexos?|annexes?|appendix|glossary|glosario)\b/iu;
/**
 * An explicit theme line: `Theme: …`, `Eje temático 2: …`, `Eixo 1 – …`, `Thème : …`, `Axe stratégique 1 : …`,
 * `Thematic Area One: …`.
 */
const THEME_LINE = new RegExp(
  `^${THEME_WORD}(?:\\s+(?:${THEME_DESIGNATOR}|${NUMBER_WORD}))?\\s*[:.–—-]\\s*(\\S.*)$`,
  'iu',
);
/** How many lines above a commitment a theme that names itself is looked for. */
const EXPLICIT_THEME_REACH = 4;
/**
 * How many lines of introduction a theme that names itself and is printed as a heading may have under it
 * ("Part 1: Open Data" / a paragraph on the part / a page break / the commitment).
 */
const HEADED_THEME_REACH = 12;

/** Whether a line names itself a theme: "Theme 2: …", "Axe 1 : …", "Part 1: …", "Chapter 2: …". */
export function namesTheme(line: string): boolean {
  return THEME_LINE.test(line) || divisionName(line) !== null;
}

/**
 * A theme as the plan names it, without its "Theme 2:" or "Eixo 1 —" prefix; null for the commitments' part.
 * A part or chapter ("Part B: County Commitments") keeps its prefix: without it the name may not read as a
 * theme at all; "Part 4: Commitments" is the commitments' part.
 */
export function themeName(theme: string | null): string | null {
  if (theme === null || isCommitmentsPart(theme)) return null;
  const division = divisionName(theme);
  if (division !== null) return isCommitmentsPart(division) ? null : theme;
  return THEME_LINE.exec(theme)?.[1] ?? theme;
}

/**
 * The commitments of a plan in reading order. Works on lines: finds the heading form the plan uses
 * (`Commitment 3:`, `US0113`, `1 |`, `1.` under themes, `•` titles), drops contents entries, running
 * headers and lists that are not commitments, and reads the template fields inside each one.
 */
export function findCommitments(source: CommitmentSource): Commitment[] {
  const { text } = source;
  const doc = new AnchoringText(text);
  // Letter-spaced capitals read as words ("E I X O 1" is "EIXO 1"), where the runs tell the words apart.
  const lines = unspacedLines(textLines(text), source.styles, (u16) => doc.toCodePoint(u16));
  const pageStartsU16 = (source.pages ?? []).map((p) => doc.toUtf16(p.start));
  const furniture = furnitureLines(lines, pageStartsU16);
  const layout = layoutOf(lines, source.styles, (u16) => doc.toCodePoint(u16));
  const fields = fieldLines(lines, furniture, layout);
  const pageStarts = pageStartsU16;
  const pageOfLine = (line: number): number | null =>
    pageStarts.length === 0 ? null : Math.max(1, countBelow(pageStarts, (lines[line] as TextLine).start + 1));
  const structure: Structure = { lines, furniture, layout, fields, pageOfLine };
  // The headings the text's own forms give, then the document's structure to check them and, where they
  // disagree with its template blocks or stated count, to choose another level or cue.
  const textual = beforeAnnex(lines, chooseForm(headingCandidates(lines, furniture, layout, fields)));
  // Titles with no label of their own may have it on the line above ("MEX-2025-03", "COMMITMENT C-7", "03").
  // A commitment listed in a report's table and reviewed under a heading of its own is taken there.
  const candidates = atOwnHeadings(
    lines,
    labelsAbove(
      lines,
      chooseStructure(structure, textual, statedCount(text.slice(0, 200_000))),
      (a, b) => pageOfLine(a) === pageOfLine(b),
    ),
  );

  // The theme heading above a commitment: one that looks like a theme, or one numbered as its label's first
  // part ("II. Justicia abierta" above "Compromiso 2.a"), or one the layout prints as a heading.
  const printedAsHeading = layout ? (j: number): boolean => (layout.rank[j] ?? 0) > 0 : null;
  const layoutTheme = layout ? themesByLayout(structure, candidates) : null;
  const themeAbove = (
    c: Candidate,
    previous: Candidate | undefined,
  ): { title: string; line: number } | null =>
    themeBefore(lines, furniture, fields, c, previous, printedAsHeading) ??
    numberedTheme(
      lines,
      previous?.lastLine ?? -1,
      c.line,
      c.label,
      previous?.label ?? null,
      printedAsHeading,
    ) ??
    layoutTheme?.(c) ??
    null;
  const commitments: Commitment[] = [];
  const themes: Array<string | null> = [];
  let theme: string | null = null;
  candidates.forEach((c, i) => {
    const next = candidates[i + 1];
    const startLine = lines[c.line] as TextLine;
    let endLine = next ? next.line : endOfLast(lines, c.lastLine);
    if (c.theme !== undefined) {
      theme = c.theme;
    } else {
      const themeHere = themeAbove(c, candidates[i - 1]);
      if (themeHere) theme = themeHere.title;
    }
    // A theme heading between two commitments belongs to the next one.
    const nextTheme = next && next.theme === undefined ? themeAbove(next, c) : null;
    if (nextTheme) endLine = nextTheme.line;
    // A page number or running footer before the next heading is not part of the commitment.
    while (
      endLine - 1 > c.lastLine &&
      ((lines[endLine - 1] as TextLine).clean === '' || furniture.has(endLine - 1))
    ) {
      endLine--;
    }
    const end = trimEnd(text, endLine < lines.length ? (lines[endLine] as TextLine).start : text.length);
    const body = lines.slice(c.lastLine + 1, endLine).filter((_, k) => !furniture.has(c.lastLine + 1 + k));
    const start = doc.toCodePoint(startLine.start);
    commitments.push({
      label: c.label,
      title: c.title,
      start,
      end: doc.toCodePoint(end),
      page: source.pages
        ? Math.max(
            1,
            countBelow(
              source.pages.map((p) => p.start),
              start + 1,
            ),
          )
        : null,
      theme: themeName(theme),
      ...commitmentFields(body.map((l) => l.clean)),
      reportedStatus: c.status ?? reportedStatus(body.map((l) => l.clean)),
    });
    themes.push(theme);
  });
  // Numbering that starts again under each theme: "B.2", not a second "2".
  const labels = qualifyRestarted(commitments.map((c, i) => ({ label: c.label, theme: themes[i] ?? null })));
  return commitments.map((c, i) => (labels[i] === c.label ? c : { ...c, label: labels[i] ?? null }));
}

function headingCandidates(
  lines: readonly TextLine[],
  furniture: ReadonlySet<number>,
  layout: Layout | null,
  fields: ReadonlyArray<FieldLine | null>,
): Candidate[] {
  const out: Candidate[] = [];
  let skipping = false;
  for (let i = 0; i < lines.length; i++) {
    const clean = (lines[i] as TextLine).clean;
    if (clean === '' || furniture.has(i)) continue;
    if (
      NOT_COMMITMENTS.test(clean) &&
      !reportsStatus(clean) &&
      clean.length < 60 &&
      /^\p{Lu}/u.test(clean) &&
      !/[.,;]$/u.test(clean)
    ) {
      skipping = true;
      continue;
    }
    const heading = matchHeading(clean);
    if (!heading) {
      // Like a keyword heading, it names itself: read even in a section whose lists are skipped.
      const trailing = trailingLabel(clean);
      const above =
        trailing === null
          ? null
          : titleAbove(
              lines,
              i,
              (j) => (lines[j] as TextLine).clean === '' || furniture.has(j),
              (a, b) => sameHeadingLook(layout, a, b),
              (j) => Boolean(fields[j]),
            );
      if (above) {
        // The place it gives may name the theme ("· Eixo 2 — Participação"): the commitment's own.
        const place = trailingPlace(clean);
        const theme = place !== null && THEME_LINE.test(place) ? { theme: place } : {};
        out.push({
          form: 'keyword',
          label: trailing,
          title: above.title,
          line: above.first,
          lastLine: i,
          ...theme,
        });
        continue;
      }
      // A heading-like line ends a contents or recommendations section.
      if (skipping && looksLikeHeading(clean)) skipping = false;
      continue;
    }
    if (isContentsLine((lines[i] as TextLine).raw)) continue;
    if (skipping && heading.form !== 'keyword' && heading.form !== 'id') continue;
    const candidate = readTitle(
      lines,
      furniture,
      i,
      heading.form,
      heading.label,
      cellRest(lines[i] as TextLine, heading),
      layout,
      fields,
    );
    if (candidate) out.push(candidate);
  }
  return out;
}

/**
 * What follows a label that heads a table row (cells parted by tabs, as HTML tables come out): the title
 * is the label's own cell, or the next cell when the label stands alone in its cell ("Commitment 3" |
 * title | lead agency | date), never the row's other cells.
 */
function cellRest(line: TextLine, heading: HeadingMatch): string {
  if ((heading.form !== 'keyword' && heading.form !== 'id') || !line.raw.includes('\t')) return heading.rest;
  const cells = line.raw
    .split('\t')
    .map((c) => c.replace(/\s+/gu, ' ').trim())
    .filter((c) => c !== '');
  const own = matchHeading(cells[0] ?? '');
  if (!own || own.label !== heading.label) return heading.rest;
  return own.rest !== '' ? own.rest : (cells[1] ?? '');
}

/** The title after a label, over as many lines as the heading takes; null when the line is not a heading. */
function readTitle(
  lines: readonly TextLine[],
  furniture: ReadonlySet<number>,
  at: number,
  form: HeadingForm,
  label: string | null,
  rest: string,
  layout: Layout | null = null,
  fields: ReadonlyArray<FieldLine | null> = [],
): Candidate | null {
  let last = at;
  const nextLine = (from: number): number => {
    let j = from + 1;
    while (j < lines.length && ((lines[j] as TextLine).clean === '' || furniture.has(j))) j++;
    return j;
  };
  let title = rest;
  if (form === 'bullet') {
    // `• Title Of The Commitment. Body text…`: the title is the first sentence, over up to three lines.
    let joined = rest;
    for (let k = 0; k < 3 && !/\.(?:\s|$)/u.test(joined); k++) {
      const j = nextLine(last);
      if (j >= lines.length || matchHeading((lines[j] as TextLine).clean)) break;
      joined = `${joined}\n${(lines[j] as TextLine).clean}`;
      last = j;
    }
    const sentence = /^(.+?[^\s.A-Z])\.(?:\s|$)/su.exec(joined);
    if (!sentence) return null;
    title = joinPrintedLines(sentence[1] as string);
    // The first line of a bullet in running text starts with a capital but its words do not.
    if (capitalShare(title) < 0.7 || title.length > 220) return null;
    // A title needs a body: more text on its line, or a paragraph on the next.
    const after = sentence.input.slice(sentence[0].length).trim();
    if (after === '' && !/^\p{Lu}/u.test(lines[nextLine(last)]?.clean ?? '')) return null;
    let used = at;
    for (let n = sentence[0].split('\n').length - 1; n > 0; n--) used = nextLine(used);
    return { form, label, title, line: at, lastLine: used };
  }
  if (title === '') {
    const j = nextLine(at);
    if (j >= lines.length) return null;
    title = (lines[j] as TextLine).clean;
    last = j;
  }
  while (title.length < 200) {
    const j = nextLine(last);
    if (j >= lines.length) break;
    // A heading goes on while its line ends mid-phrase, or while the next line is printed as it is.
    if (!CONTINUES.test(title) && !sameHeadingLook(layout, last, j)) break;
    const more = (lines[j] as TextLine).clean;
    // A template's first label may be printed in the heading's style (a bold cell): it ends the title.
    if (matchHeading(more) || fields[j]) break;
    if (endsContentsEntry((lines[j] as TextLine).raw)) return null;
    title = joinPrintedLines(`${title}\n${more}`);
    last = j;
  }
  // The first line of a wrapped contents entry: the leaders and page number end the next line.
  if (endsContentsEntry(lines[nextLine(last)]?.raw)) return null;
  if (form === 'numbered' && !numberedTitle(title, lines, nextLine(last))) return null;
  if (form === 'keyword' || form === 'id' || form === 'pipe') {
    title = title.replace(/^[:.|–—-]\s*/u, '');
    // A run-in heading ("Commitment 5: Open contracting. We will publish…"): the title is its first
    // sentence, and the paragraph it opens is the body.
    const runIn = runInTitle(title);
    if (runIn !== null) {
      if (rest.replace(/^[:.|–—-]\s*/u, '').length > runIn.length) last = at;
      title = runIn;
    }
  }
  return {
    form,
    label,
    title: title.replace(/(?<!\b\p{Lu}\.\p{Lu})[.:]$/u, '').trim(),
    line: at,
    lastLine: last,
  };
}

/** Words after a run-in title's full stop: a paragraph goes on, not a title in two sentences. */
const RUN_IN_BODY = 4;

/**
 * The first sentence of a heading that runs into its paragraph, or null when the heading is a title alone.
 * An abbreviation ("U.S.", "N.º") does not end a sentence.
 */
export function runInTitle(title: string): string | null {
  const m = /^(.{3,160}?[^\s.\p{Lu}º°])\.\s+(?=[\p{Lu}"“])/u.exec(title);
  if (!m) return null;
  const after = title
    .slice(m[0].length)
    .split(/\s+/u)
    .filter((w) => /\p{L}/u.test(w));
  return after.length >= RUN_IN_BODY ? (m[1] as string) : null;
}

/** Two lines printed in the same heading style (a title wrapped over lines). */
export function sameHeadingLook(layout: Layout | null, a: number, b: number): boolean {
  if (!layout) return false;
  return (layout.rank[a] ?? 0) > 0 && layout.key[a] === layout.key[b];
}

/** A numbered line is a heading when it holds a title alone and a new paragraph follows. */
export function numberedTitle(title: string, lines: readonly TextLine[], next: number): boolean {
  if (title.length > 160 || !/^[\p{Lu}\d"“]/u.test(title) || /[,;]$/u.test(title)) return false;
  // "1. Open Government Directive. The OMB directive required…": a list item with its body.
  if (/[^\s.A-Z]\.\s+\S/u.test(title)) return false;
  const following = lines[next]?.clean ?? '';
  if (following !== '' && !/^[\p{Lu}\d•"“(]/u.test(following)) return false;
  return capitalShare(title) >= 0.6 || title.length <= 90;
}

/** A short title-case line with no closing punctuation; `Label: value` lines are template fields. */
export function looksLikeHeading(line: string): boolean {
  return (
    line.length <= 90 &&
    /^\p{Lu}/u.test(line) &&
    !/[.,;:]$|:\s/u.test(line) &&
    !isContentsLine(line) &&
    capitalShare(line) >= 0.7
  );
}

/**
 * One heading form per document: the first form, most explicit first, with enough headings. Numbered
 * headings must count 1, 2, 3… (starting again at 1 under a new theme); contents entries that repeat a
 * heading are dropped in favour of the one with a body.
 */
function chooseForm(all: readonly Candidate[]): Candidate[] {
  // From the most explicit form to the least: a plan that prints "Commitment 3:" may also number its
  // milestones, and a numbered plan may bullet the actions inside a commitment (NAP1, NAP2).
  const forms: HeadingForm[] = ['keyword', 'id', 'pipe', 'numbered', 'bullet'];
  for (const form of forms) {
    let list = dedupe(all.filter((c) => c.form === form));
    if (form === 'numbered' || form === 'pipe') list = inSequence(list);
    const minimum = form === 'bullet' || form === 'numbered' ? 3 : 2;
    if (list.length >= minimum) return list;
  }
  return [];
}

function inSequence(list: readonly Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  let last = 0;
  for (const c of list) {
    const n = Number(c.label);
    if (n === last + 1 || (n === 1 && last > 0)) {
      kept.push(c);
      last = n;
    }
  }
  return kept;
}

/**
 * Contents entries and running headers repeat a heading. A contents entry is followed at once by the
 * next entry; a running header comes after the heading it repeats. So: the first occurrence with a body,
 * or, when none has one, the one with the most text after it; and of a commitment discussed out of turn
 * and listed again in order, the one in order (`inLabelOrder`).
 */
export function dedupe(list: readonly Candidate[]): Candidate[] {
  const key = (c: Candidate): string =>
    `${c.label ?? ''}|${c.title.toLowerCase().replace(/\W+/gu, '').slice(0, 40)}`;
  const extent = (i: number): number => (list[i + 1]?.line ?? Infinity) - (list[i] as Candidate).lastLine;
  const chosen = new Map<string, number>();
  list.forEach((c, i) => {
    const seen = chosen.get(key(c));
    if (seen === undefined) chosen.set(key(c), i);
    else if (extent(seen) < MIN_BODY_LINES && extent(i) > extent(seen)) chosen.set(key(c), i);
  });
  const keep = inLabelOrder(
    list.map((c) => c.label),
    list.map(key),
    new Set(chosen.values()),
  );
  return list.filter((_, i) => keep.has(i));
}

/**
 * The theme the layout prints as a heading between the previous commitment and this one (`headingBetween`),
 * in a style no commitment's part prints throughout, larger than the commitment's own heading where it has
 * one, and not a part of the plan that holds no commitments ("Introduction") or the document's title. Its
 * style must head two commitments at least: a heading above the first commitment alone is the part that
 * holds them all ("Commitment Implementation", "Apresentação"), not a theme among others.
 */
function themesByLayout(
  s: Structure,
  candidates: readonly Candidate[],
): (c: Candidate) => { title: string; line: number } | null {
  const layout = s.layout as Layout;
  const last = candidates[candidates.length - 1];
  const between: BetweenLines = {
    rank: (j) => layout.rank[j] ?? 0,
    key: (j) => layout.key[j] ?? '',
    skip: (j) => (s.lines[j] as TextLine).clean === '' || s.furniture.has(j),
    own: () => false,
  };
  const body = bodyStyles(between, candidates, last ? endOfLast(s.lines, last.lastLine) : s.lines.length);
  const found = new Map<number, { title: string; line: number; key: string }>();
  const heads = new Map<string, number>();
  candidates.forEach((c, k) => {
    const theme = layoutThemeOf(s, between, c, candidates[k - 1], body);
    if (!theme) return;
    found.set(c.line, theme);
    heads.set(theme.key, (heads.get(theme.key) ?? 0) + 1);
  });
  return (c) => {
    const theme = found.get(c.line);
    return theme && (heads.get(theme.key) ?? 0) >= 2 ? { title: theme.title, line: theme.line } : null;
  };
}

/** Longer than a theme's name. */
const LAYOUT_THEME_LENGTH = 120;

function layoutThemeOf(
  s: Structure,
  between: BetweenLines,
  c: Candidate,
  previous: Candidate | undefined,
  body: ReadonlySet<string>,
): { title: string; line: number; key: string } | null {
  const layout = s.layout as Layout;
  const found = headingBetween(
    {
      ...between,
      // A template field, or a line headed like the commitments themselves, is no theme and ends the search.
      own: (j) => Boolean(s.fields[j]) || matchHeading((s.lines[j] as TextLine).clean)?.form === c.form,
    },
    previous?.lastLine ?? -1,
    c.line,
    (key) => body.has(key),
  );
  if (!found) return null;
  const own = layout.rank[c.line] ?? 0;
  if (own > 0 && (layout.rank[found.last] ?? 0) >= own) return null;
  if (isDocumentTitle(s, found.last)) return null;
  const printed = joinPrintedLines(
    s.lines
      .slice(found.first, found.last + 1)
      .map((l) => l.clean)
      .join('\n'),
  );
  const title = parseNumbered(printed)?.rest ?? printed;
  const named =
    title.length <= LAYOUT_THEME_LENGTH &&
    /^[\p{Lu}\d"“]/u.test(title) &&
    /\p{L}{3}/u.test(title) &&
    !/[.,;:]$/u.test(title) &&
    // A commitment's id printed beside it ("C2"), a contents entry, a part that holds no commitments.
    !DESIGNATOR.test(title) &&
    !isContentsLine(title) &&
    !NOT_COMMITMENT_PART.test(title) &&
    !NOT_COMMITMENTS.test(title) &&
    !AFTER_COMMITMENTS.test(title);
  return named ? { title, line: found.first, key: layout.key[found.last] ?? '' } : null;
}

/**
 * The theme heading printed between the previous commitment and this one: an explicit `Theme: …` line,
 * or a short title-case line standing alone as a paragraph, not a template field's label. Numbered plans
 * restart at 1 under a theme.
 */
function themeBefore(
  lines: readonly TextLine[],
  furniture: ReadonlySet<number>,
  fields: ReadonlyArray<FieldLine | null>,
  c: Candidate,
  previous: Candidate | undefined,
  printedAsHeading: ((line: number) => boolean) | null,
): { title: string; line: number } | null {
  // Numbered plans restart at 1 under a theme that does not name itself; one that does may head any number.
  const unnamed = !(c.form === 'numbered' && c.label !== '1');
  const floor = previous ? previous.lastLine : -1;
  const isBlank = (j: number): boolean => (lines[j] as TextLine).clean === '' || furniture.has(j);
  let seen = 0;
  // Whether every line so far between this line and the commitment is running text: no heading, no field.
  let plain = true;
  for (let j = c.line - 1; j > floor; j--) {
    if (isBlank(j)) continue;
    seen++;
    const line = (lines[j] as TextLine).clean;
    const explicit = namesTheme(line);
    // A theme printed as a heading may have a longer introduction under it, over a page break, as long as
    // nothing between is a heading or a field of its own.
    const headed = plain && seen <= HEADED_THEME_REACH && (printedAsHeading?.(j) ?? false);
    // A theme that names itself ("Thematic Area 2: …", "Part 1: …") may have a short introduction under it.
    // The whole line: its designator ("Theme B") names restarted commitments; `themeName` drops it.
    if (explicit && (seen <= EXPLICIT_THEME_REACH || headed)) {
      // A theme banner wrapped onto the lines before the commitment ("AXE 2 : CONSULTER, CONCERTER ET" /
      // "COCONSTRUIRE"): those lines finish it.
      const below: number[] = [];
      for (let k = j + 1; k < c.line; k++) if (!furniture.has(k)) below.push(k);
      const more = themeContinuation(
        line,
        below.map((k) => (lines[k] as TextLine).clean),
        (i) =>
          matchHeading((lines[below[i] as number] as TextLine).clean) !== null ||
          !!fields[below[i] as number],
      );
      const parts = [line, ...below.slice(0, more).map((k) => (lines[k] as TextLine).clean)];
      return { title: more > 0 ? joinPrintedLines(parts.join('\n')) : line, line: j };
    }
    plain &&= !(printedAsHeading?.(j) ?? false) && !fields[j] && matchHeading(line) === null;
    // Only a bulleted plan puts paragraphs between an unnamed theme heading and its first commitment.
    if ((seen > 1 && c.form !== 'bullet') || !unnamed) {
      const further = printedAsHeading !== null && plain && seen < HEADED_THEME_REACH;
      if (seen >= EXPLICIT_THEME_REACH && !further) return null;
      continue;
    }
    // A template's label alone on its line ("Milestones", "Marcos") heads part of the last commitment.
    if (!looksLikeHeading(line) || matchHeading(line) || fields[j]) continue;
    let k = j - 1;
    while (k > floor && furniture.has(k)) k--;
    const before = k > floor ? (lines[k] as TextLine).clean : '';
    // A theme heading wrapped over two lines: "… Integrity and" / "Accountability to the Public".
    if (before !== '' && CONTINUES.test(before) && looksLikeHeading(before)) {
      return { title: joinPrintedLines(`${before}\n${line}`), line: k };
    }
    // A heading stands alone: what precedes it ends a sentence, or is a page or section boundary; not the
    // end of a line that breaks mid-phrase ("… (April –" / "August 2025)").
    if (before !== '' && CONTINUES.test(before)) continue;
    if (before === '' || /[.:!?)”"]$/u.test(before) || matchHeading(before) || k <= floor) {
      return { title: line, line: j };
    }
  }
  return null;
}

/**
 * An annex that reviews commitments under labels the plan has already used ("Annexe : Bilan des engagements
 * du plan précédent", "Engagement 1.1" again) lists another plan's: the headings stop at it. An annex whose
 * labels are new (a plan that prints its commitments in an annex) is kept.
 */
export function beforeAnnex(lines: readonly TextLine[], list: Candidate[]): Candidate[] {
  if (list.length < 3) return list;
  const from = (list[1] as Candidate).lastLine + 1;
  const to = (list[list.length - 1] as Candidate).line;
  for (let i = from; i < to; i++) {
    const clean = (lines[i] as TextLine).clean;
    if (clean.length > 90 || !/^\p{Lu}/u.test(clean) || !AFTER_COMMITMENTS.test(clean)) continue;
    const before = list.filter((c) => c.line < i);
    const seen = new Set(before.map((c) => c.label).filter((l) => l !== null));
    const after = list.filter((c) => c.line > i);
    if (before.length >= 2 && after.length > 0 && after.every((c) => c.label !== null && seen.has(c.label))) {
      return before;
    }
    return list;
  }
  return list;
}

/** The last commitment runs to the conclusion, annexes or recommendations, or to the end. */
function endOfLast(lines: readonly TextLine[], after: number): number {
  for (let i = after + 1; i < lines.length; i++) {
    const clean = (lines[i] as TextLine).clean;
    if (
      clean.length < 40 &&
      /^\p{Lu}/u.test(clean) &&
      (AFTER_COMMITMENTS.test(clean) || NOT_COMMITMENTS.test(clean)) &&
      !reportsStatus(clean)
    )
      return i;
  }
  return lines.length;
}

/** "Conclusão: Limitado" is a report's status field, not a "Conclusão" section. */
function reportsStatus(line: string): boolean {
  return fieldOf(line)?.kind === 'status';
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/u.test(text[e - 1] as string)) e--;
  return e;
}
