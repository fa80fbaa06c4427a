import { joinPrintedLines, type TextLine } from '../text/text-lines.ts';
import { sameHeadingLook, type Candidate } from './find-commitments.ts';
import { CONTINUES, matchHeading } from './heading-forms.ts';
import { parseNumbered } from './numbering.ts';
import { badgeLabels } from './badge-labels.ts';
import { designatorAbove, nextContent, skippable, type Structure } from './structure-lines.ts';
import { hangingLabels } from './structure-layout.ts';
import { carryThemes, parentHeading, themeAbove } from './structure-themes.ts';
import type { FieldLine, TemplateBlock } from './template-fields.ts';

/**
 * One commitment per template block. Its title is the template's own title field when printed, or the
 * heading just above the block: the lines printed in one heading style, or a short line that does not
 * end a sentence. Its label is the id field, or the label the heading prints, or a number printed alone
 * above each heading (`badgeLabels`).
 */
export function templateCandidates(s: Structure, blocks: readonly TemplateBlock[]): Candidate[] {
  return carryThemes(badgeLabels(s, hangingLabels(templateCandidatesOf(s, blocks))));
}

function templateCandidatesOf(s: Structure, blocks: readonly TemplateBlock[]): Candidate[] {
  const out: Candidate[] = [];
  const ids = new Map<number, string>();
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
      if (fromField !== '')
        ({ title: fromField, last: fieldLast } = wrappedValue(s, fromField, block.titleLine));
      else {
        const j = nextContent(s, block.titleLine);
        if (j < s.lines.length && !s.fields[j]) ({ title: fromField, last: fieldLast } = fieldValue(s, j));
      }
    }
    if (block.titleLine !== null && fromField !== '') {
      const title = fromField;
      const last = fieldLast;
      const line = Math.min(block.first, block.titleLine, block.idLine ?? Infinity);
      label ??= numberAbove(s, line, floor);
      out.push({ form: 'numbered', label, title, line, lastLine: Math.max(last, line), theme: null });
      return;
    }
    const heading = headingAbove(s, block.first, floor);
    if (!heading) return;
    const keyword = matchHeading(heading.title);
    const numbered = keyword ? null : parseNumbered(heading.title);
    const title = keyword?.rest || numbered?.rest || heading.title;
    const label2 = label ?? keyword?.label ?? numbered?.label ?? null;
    // An id alone in a margin column above the title ("C1") is the label, and no theme.
    const id = designatorAbove(s, heading.line, floor);
    if (id) ids.set(out.length, id.label);
    const theme =
      themeAbove(s, heading.line, floor, id ? id.line : heading.line) ??
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
  // Every commitment under an id of its own and none labelled otherwise: the ids are the labels.
  if (out.length >= 2 && out.every((c, k) => c.label === null && ids.has(k))) {
    return out.map((c, k) => ({ ...c, label: ids.get(k) as string }));
  }
  return out;
}

/** A heading that prints only a word and a number ("Ficha 1", "Compromisso n.º 2", "Fiche 3"); not a page's. */
const NUMBER_ONLY =
  /^(?!(?:page|p[aá]gina|pagina|seite)\b)\p{Lu}\p{Ll}{2,}\s+(?:n\.?\s?[º°o]\.?\s*)?(\d{1,2}(?:\.\d{1,2})?)\.?$/iu;

/**
 * The number of the heading just above a template whose title is a field's value: the heading names the
 * commitment by its number only, the field gives its title. One such heading opening every page looks
 * like a running header that counts ("Ficha 1", "Ficha 2" at each page's top) and may be taken for page
 * furniture: it is read all the same when it is on the title's page (a footer above is the page before's).
 */
function numberAbove(s: Structure, line: number, floor: number): string | null {
  let j = line - 1;
  while (j > floor && (s.lines[j] as TextLine).clean === '') j--;
  if (j <= floor || s.fields[j]) return null;
  if (s.furniture.has(j) && s.pageOfLine(j) !== s.pageOfLine(line)) return null;
  return NUMBER_ONLY.exec((s.lines[j] as TextLine).clean)?.[1] ?? null;
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

/**
 * A value printed beside its label and wrapped onto the next lines of a narrow cell or column: the lines go
 * on while the value breaks mid-phrase ("Commitment title: Right to Information" / "implementation in …").
 */
function wrappedValue(s: Structure, value: string, at: number): { title: string; last: number } {
  let title = value;
  let last = at;
  for (let n = 0; n < 2 && !/[.;]$/u.test(title); n++) {
    const j = nextContent(s, last);
    if (j >= s.lines.length || s.fields[j]) break;
    const more = (s.lines[j] as TextLine).clean;
    if (!/^\p{Ll}/u.test(more) && !CONTINUES.test(title)) break;
    if (matchHeading(more) || parseNumbered(more) || title.length + more.length > 250) break;
    title = joinPrintedLines(`${title}\n${more}`);
    last = j;
  }
  return { title: title.replace(/[.:]$/u, '').trim(), last };
}

/** Lines of body text looked past between a printed heading and the template block under it. */
const INTRO_LINES = 2;

function headingAbove(
  s: Structure,
  first: number,
  floor: number,
): { title: string; line: number; last: number } | null {
  let j = first - 1;
  while (j > floor && skippable(s, j)) j--;
  if (j <= floor || s.fields[j]) return null;
  const layout = s.layout;
  // A line or two of body text may come between a printed heading and its template ("This commitment
  // builds on…", then the fields): the heading above them is the title.
  if (layout && (layout.rank[j] ?? 0) === 0) {
    let k = j;
    for (let n = 0; n < INTRO_LINES && k > floor && (layout.rank[k] ?? 0) === 0 && !s.fields[k]; n++) {
      k--;
      while (k > floor && skippable(s, k)) k--;
    }
    if (k > floor && (layout.rank[k] ?? 0) > 0 && !s.fields[k]) j = k;
  }
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
