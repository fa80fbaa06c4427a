import type { TextLine } from '../text/text-lines.ts';
import { matchHeading } from './heading-forms.ts';
import { trailingLabel } from './label-after-title.ts';
import { fieldOf } from './template-fields.ts';
import { halfOfWrappedLabel } from './wrapped-labels.ts';

/** How many lines at the top and bottom of a page can be a running header or footer. */
const EDGE = 3;
const PAGE_NUMBER = /^(?:page\s+|página\s+|p\.\s*)?[-–]?\s*\d{1,3}\s*[-–]?(?:\s*(?:of|de|sur)\s*\d{1,3})?$/iu;

/**
 * Line indices that are page furniture: page numbers, and lines repeated at the top or bottom of many
 * pages (running headers: "U.S. National ACTION PLAN", a plan's title on every page).
 */
export function furnitureLines(lines: readonly TextLine[], pageStarts: readonly number[]): Set<number> {
  const furniture = new Set<number>();
  lines.forEach((l, i) => {
    if (PAGE_NUMBER.test(l.clean)) furniture.add(i);
  });
  if (pageStarts.length < 2) return furniture;
  const edges = new Map<string, number[]>();
  let page = 0;
  let onPage: number[] = [];
  const flush = (): void => {
    const content = onPage.filter((i) => !furniture.has(i) && (lines[i] as TextLine).clean !== '');
    const edge = new Set([...content.slice(0, EDGE), ...content.slice(-EDGE)]);
    for (const i of edge) {
      // A template that starts each page ("Commitment ID: 04") repeats its labels, not a running header.
      if (fieldOf((lines[i] as TextLine).clean)) continue;
      // Or a label wrapped in a narrow cell ("Lead Implementing" / "Agency"): each half is no field alone.
      if (halfOfWrappedLabel(cleanAround(lines, i), 1, labelOnly)) continue;
      const key = (lines[i] as TextLine).clean.toLowerCase().replace(/\d+/gu, '#');
      edges.set(key, [...(edges.get(key) ?? []), i]);
    }
    onPage = [];
  };
  lines.forEach((l, i) => {
    while (page < pageStarts.length - 1 && l.start >= (pageStarts[page + 1] as number)) {
      flush();
      page++;
    }
    onPage.push(i);
  });
  flush();
  // On two pages a line at the edge of both is a running header too (a report's title over each page); past
  // that, a third of the pages and three at least.
  const often = pageStarts.length === 2 ? 2 : Math.max(3, Math.ceil(pageStarts.length * 0.3));
  for (const indices of edges.values()) {
    if (indices.length >= often && !labelsInTurn(lines, indices)) for (const i of indices) furniture.add(i);
  }
  return furniture;
}

/** A template label with no value after it. */
const labelOnly = (text: string): boolean => fieldOf(text)?.value === '';

/** The clean text of line `i` and of the lines on either side of it. */
function cleanAround(lines: readonly TextLine[], i: number): string[] {
  return [lines[i - 1]?.clean ?? '', (lines[i] as TextLine).clean, lines[i + 1]?.clean ?? ''];
}

/**
 * A commitment's label printed alone at the top of its page ("Compromisso 1", "Compromisso 2", … one
 * commitment a page) repeats with its number masked, like a running header; but each page prints another
 * label, where a running header with a number prints the page's number beside the same words. So does a
 * label printed under its title on each page.
 */
function labelsInTurn(lines: readonly TextLine[], indices: readonly number[]): boolean {
  const labels = new Set<string>();
  for (const i of indices) {
    const clean = (lines[i] as TextLine).clean;
    const heading = matchHeading(clean);
    // Or printed under its title with the commitment's place ("Compromisso n.º 6 · Eixo 3 — …").
    const label =
      heading && heading.form === 'keyword' && heading.rest === '' ? heading.label : trailingLabel(clean);
    if (label === null) return false;
    labels.add(label);
  }
  return labels.size === indices.length;
}
