/**
 * Page furniture: the running headers, running footers and page numbers printed at the top and bottom
 * of a paginated document's pages. They are not part of any passage, so a quote across a page break must
 * not carry them ("…Federally funded 6 research are freely…").
 *
 * A line is furniture when it sits at a page's edge (nothing but furniture between it and the top or
 * bottom of the page) and either
 * - repeats at that edge on other pages, numbers aside ("U.S. National ACTION PLAN", "DRAFT",
 *   "Plan de Acción 2023 | 6"), or
 * - is a page number and nothing else ("6", "Page 6", "- 6 -", "vi", "Página 6 de 20") that follows the
 *   page order: the same difference between printed number and page index on at least two pages.
 * Peeling from the edge inwards keeps a template's labels (repeated near the top of each commitment's
 * page, below a title that is not) in the text.
 */

/** One line of a page as read. */
export interface PageLine {
  text: string;
  /** Height of the line's baseline on the page, larger is higher; absent when unknown (item order then). */
  y?: number;
}

/** How many lines from each edge of a page can be furniture. */
const EDGE = 3;
/** Pages a line must repeat on (at the same edge) to count as running; every page of a shorter document. */
const MIN_REPEATS = 3;
/**
 * Furniture lies beyond where the body of all but this share of pages reaches (their outermost line that
 * is not furniture), by more than this share of the document's height.
 */
const MARGIN_QUANTILE = 0.25;
const MARGIN_TOLERANCE = 0.0025;
/** Pages whose printed number must agree with their index for a bare number to count as a page number. */
const MIN_NUMBERED = 2;

type Side = 'top' | 'bottom';

interface EdgeLine {
  page: number;
  line: number;
  side: Side;
  number: number | null;
  /** What stays the same on every page: lower case, digits as `#`; empty for a bare page number. */
  key: string;
  y?: number | undefined;
}

interface PageEdges {
  top: EdgeLine[];
  bottom: EdgeLine[];
  /** Heights of the page's lines with text, top to bottom; empty when not known. */
  heights: number[];
}

/** For each page, the indices of its lines that are furniture. */
export function pageFurniture(pages: readonly (readonly PageLine[])[]): Set<number>[] {
  const edges = pages.map((lines, page) => edgeLines(lines, page));
  const repeats = new Map<string, Set<number>>();
  const sequences = new Map<string, Set<number>>();
  for (const c of edges.flatMap((e) => [...e.top, ...e.bottom])) {
    if (c.key !== '') addTo(repeats, `${c.side}\u0000${c.key}`, c.page);
    if (c.number !== null) addTo(sequences, `${c.side}\u0000${c.number - (c.page + 1)}`, c.page);
  }
  // A short document repeats its running lines on every page; two pages alike are not enough there.
  const minRepeats = Math.max(2, Math.min(MIN_REPEATS, pages.length));
  const looksLikeFurniture = (c: EdgeLine): boolean =>
    (c.key !== '' && (repeats.get(`${c.side}\u0000${c.key}`)?.size ?? 0) >= minRepeats) ||
    (c.number !== null &&
      (sequences.get(`${c.side}\u0000${c.number - (c.page + 1)}`)?.size ?? 0) >= MIN_NUMBERED);

  // Where the body of most pages reaches: furniture stands beyond it, in the margin. A table header
  // repeated at the top of some pages starts where other pages' text starts, and is kept.
  const inner = (e: PageEdges, side: Side): number | undefined => {
    const candidates = e[side];
    const body = candidates.findIndex((c) => !looksLikeFurniture(c));
    const at = body === -1 ? candidates.length : body;
    return side === 'top' ? e.heights[at] : e.heights[e.heights.length - 1 - at];
  };
  const all = edges.flatMap((e) => e.heights);
  const tolerance = all.length > 0 ? (Math.max(...all) - Math.min(...all)) * MARGIN_TOLERANCE : 0;
  const bodyTop = quantile(
    edges.flatMap((e) => inner(e, 'top') ?? []),
    1 - MARGIN_QUANTILE,
  );
  const bodyBottom = quantile(
    edges.flatMap((e) => inner(e, 'bottom') ?? []),
    MARGIN_QUANTILE,
  );
  const inMargin = (c: EdgeLine): boolean => {
    if (c.y === undefined) return true;
    if (c.side === 'top') return bodyTop === undefined || c.y > bodyTop + tolerance;
    return bodyBottom === undefined || c.y < bodyBottom - tolerance;
  };

  return edges.map((e) => {
    const furniture = new Set<number>();
    for (const side of ['top', 'bottom'] as const) {
      // From the edge inwards; the first line that is not furniture ends the page's furniture there.
      for (const c of e[side]) {
        if (!looksLikeFurniture(c) || !inMargin(c)) break;
        furniture.add(c.line);
      }
    }
    return furniture;
  });
}

/** The lines nearest each edge of a page, outermost first; a line near both edges counts once, at the nearer. */
function edgeLines(lines: readonly PageLine[], page: number): PageEdges {
  const order = lines.map((line, index) => ({ line, index })).filter(({ line }) => line.text.trim() !== '');
  const known = order.every(({ line }) => line.y !== undefined);
  // Top to bottom; the stream order breaks ties, so equal heights keep reading order.
  if (known) order.sort((a, b) => (b.line.y as number) - (a.line.y as number) || a.index - b.index);
  const take = Math.min(EDGE, Math.ceil(order.length / 2));
  const describe =
    (side: Side) =>
    ({ line, index }: { line: PageLine; index: number }): EdgeLine => {
      const text = tidy(line.text);
      const number = pageNumberIn(text);
      const key = runningKey(text);
      // A bare number repeats on every page: only its agreement with the page order may make it furniture.
      const bare = number !== null && !/\p{L}/u.test(key);
      return { page, line: index, side, number, key: bare ? '' : key, ...(known ? { y: line.y } : {}) };
    };
  return {
    top: order.slice(0, take).map(describe('top')),
    bottom: order
      .slice(order.length - Math.min(EDGE, order.length - take))
      .reverse()
      .map(describe('bottom')),
    heights: known ? order.map(({ line }) => line.y as number) : [],
  };
}

/** The value below which a share `q` of the values lie (nearest rank); undefined for none. */
function quantile(values: number[], q: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
}

const SPACES = /[\s\u00a0]+/gu;

function tidy(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

/** What a running line keeps from page to page: its words, with numbers (page, year, chapter) as `#`. */
function runningKey(text: string): string {
  return text.toLowerCase().replace(/\d+/gu, '#');
}

/** Dashes, bars and dots that set a page number off ("- 6 -", "| 6", "6 ·"), and brackets round it. */
const DECORATION = String.raw`[\s\-‐‑‒–—―_|·•∙.:()\[\]<>«»]*`;
/** "Page", "Pág.", "Página", "p." in en, es, pt and fr. */
const PAGE_WORD = String.raw`(?:page|pages|pg|p|pág|pag|página|pagina)\.?`;
/** "of 20", "de 20", "sur 20", "/ 20". */
const OF_TOTAL = String.raw`(?:\s*(?:of|de|sur|/)\s*(?:\d{1,4}|[ivxlcdm]{1,7}))?`;
const NUMBER = String.raw`(\d{1,4}|[ivxlcdm]{1,7})`;
const BARE = new RegExp(`^${DECORATION}(?:${PAGE_WORD}\\s*)?${NUMBER}${OF_TOTAL}${DECORATION}$`, 'iu');

/**
 * The page number a line is, if it is nothing else: bare, decorated ("- 6 -", "[6]"), with a word for
 * "page" ("Page 6", "Pág. 6", "Página 6 de 20", "p. 6"), out of a total ("6 / 20"). Roman numerals (front
 * matter) count too. A number beside a running title ("6 | Title") is not one here: such a line is
 * furniture by repeating, since a commitment heading ("3 | Open contracting") has the same shape.
 */
export function pageNumberIn(line: string): number | null {
  const printed = BARE.exec(tidy(line))?.[1];
  if (printed === undefined) return null;
  if (/^\d+$/u.test(printed)) return Number(printed);
  return romanValue(printed);
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** The value of a well-formed roman numeral ("xiv"), or null ("iiii", "vx", a word like "mid"). */
function romanValue(numeral: string): number | null {
  const letters = numeral.toLowerCase();
  let value = 0;
  for (let i = 0; i < letters.length; i++) {
    const here = ROMAN[letters[i] as string] as number;
    const next = ROMAN[letters[i + 1] ?? ''] ?? 0;
    value += here < next ? -here : here;
  }
  return value > 0 && toRoman(value) === letters ? value : null;
}

function toRoman(value: number): string {
  const steps: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let rest = value;
  for (const [amount, letters] of steps) {
    while (rest >= amount) {
      out += letters;
      rest -= amount;
    }
  }
  return out;
}

function addTo(map: Map<string, Set<number>>, key: string, page: number): void {
  const pages = map.get(key) ?? new Set<number>();
  pages.add(page);
  map.set(key, pages);
}
