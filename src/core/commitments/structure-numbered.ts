import { type TextLine } from '../text/text-lines.ts';
import { dedupe, namesTheme, numberedTitle, type Candidate } from './find-commitments.ts';
import { matrixThemes } from './matrix-themes.ts';
import { endsContentsEntry, isContentsLine } from './heading-forms.ts';
import { contentsEntries, entriesInBody } from './contents-page.ts';
import { follows, levelKey, parseNumbered, type Numbered } from './numbering.ts';
import { nextContent, skippable, titleFrom, type Structure } from './structure-lines.ts';
import { fullerRows } from './fuller-rows.ts';
import { columnRows, numberedCellRows, tableRows } from './table-rows.ts';

/**
 * Numbered headings, one list per level (`number:1` for `3.`, `number:2` for `1.2`, `letter:2` for
 * `A.1`), each in sequence.
 */
export function numberedLevels(s: Structure): Candidate[][] {
  const all = numberedLevelsOf(s, false);
  // Where the layout marks headings, the levels again with only the lines printed as headings: trap lists
  // in body text drop out. Both are offered; the count decides.
  const styled = s.layout !== null && s.layout.rank.some((r) => r > 0);
  return styled ? [...numberedLevelsOf(s, true), ...all] : all;
}

export function numberedLevelsOf(s: Structure, styled: boolean): Candidate[][] {
  const byLevel = new Map<string, Array<Candidate & { numbered: Numbered }>>();
  for (let i = 0; i < s.lines.length; i++) {
    if (skippable(s, i) || s.fields[i]) continue;
    const line = s.lines[i] as TextLine;
    if (isContentsLine(line.raw)) continue;
    const numbered = parseNumbered(line.clean);
    if (!numbered) continue;
    if (styled && (s.layout?.rank[i] ?? 0) === 0) continue;
    const { title, last } = titleFrom(s, i, numbered.rest);
    if (endsContentsEntry(s.lines[nextContent(s, last)]?.raw)) continue;
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

/** A list without the parsed labels, its themes to be found once it is chosen. */
function strip(list: Array<Candidate & { numbered: Numbered }>): Candidate[] {
  return list.map(({ numbered: _, ...plain }) => plain);
}

/**
 * The headings the contents page points at, one list per level of its entries; the title is the body's
 * (a contents page may abridge or reword it).
 */
export function contentsLevels(s: Structure): Candidate[][] {
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

/** The rows of a matrix: cells separated by tabs (HTML), or else columns told apart by position (PDF). */
export function tableCandidates(s: Structure): Candidate[] {
  let rows = fullerRows(tableRows(s.lines), () => columnRows(s.lines, s.layout));
  if (rows.length === 0) rows = numberedCellRows(s.lines, s.layout);
  // Theme rows that span the table, "Axe 1 : …" above the rows they group.
  const themes = matrixThemes(
    rows.map((r) => r.line),
    (j) => (s.lines[j] as TextLine).clean,
    (j) => skippable(s, j),
    namesTheme,
  );
  return rows.map((row, k) => ({
    form: 'numbered',
    label: row.label,
    title: row.title,
    line: row.line,
    lastLine: row.line,
    theme: themes[k] ?? null,
    ...(row.status !== undefined ? { status: row.status } : {}),
  }));
}
