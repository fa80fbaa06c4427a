import type { TextSpan } from '../core/anchoring/span.ts';

/**
 * The prefix of every highlight we register: `plan-annotator-<style>` holds the ranges painted in that
 * style (each range in exactly one), `plan-annotator-focus` the focused one. There is no highlight of all
 * ranges: the browser works on every registered range whenever it paints, so a second copy of each
 * would double that work on a long plan.
 */
const PREFIX = 'plan-annotator';
const FOCUS_HIGHLIGHT = `${PREFIX}-focus`;
const FOCUS_STYLE = `::highlight(${FOCUS_HIGHLIGHT}) { background-color: rgba(255, 140, 0, 0.6); }`;
/** A name becomes part of a CSS identifier, so it is held to a plain one. */
const STYLE_NAME = /^[a-z][a-z0-9-]*$/;

export interface HighlightLook {
  /** A CSS colour, translucent enough to read the passage through. */
  readonly colour: string;
  /** An optional CSS text-decoration, for a style that must not rely on colour alone. */
  readonly decoration?: string;
}

/** The styles a highlighter paints with, by name; earlier entries paint over later ones where they overlap. */
export type HighlightPalette = Readonly<Record<string, HighlightLook>>;

/** What a page gets without a palette: every annotation in the one yellow. */
const PLAIN: HighlightPalette = { highlight: { colour: 'rgba(255, 214, 0, 0.45)' } };

export interface HighlighterOptions {
  palette?: HighlightPalette;
  /** The style of an annotation no `setStyles` named (a highlight made a moment ago): the last by default. */
  defaultStyle?: string;
  /**
   * A custom property that, set on the page's root, says the page already holds this palette's rules
   * (`highlightRules`): a style sheet the browser added before the page was first styled. Adding the
   * rules later makes the browser restyle every element in one task (145-460 ms on a 1 MB plan on a busy
   * machine), since a `::highlight` rule applies to all of them; when they are already there, painting
   * only repaints.
   */
  rulesMarker?: string;
}

interface Painted {
  id: string;
  /** One range, or one for each part (a PDF passage across a page break leaves the page's furniture out). */
  ranges: readonly Range[];
  span: TextSpan;
  style: string;
}

/** The registry name of a style's highlight. */
export function highlightName(style: string): string {
  return `${PREFIX}-${style}`;
}

/**
 * Paints annotations with the CSS Custom Highlight API, so the page's DOM is never rewritten: one named
 * highlight per style of the palette (a status colour each) and one focus highlight over them.
 * `set` takes the code-point span as well as the range (or the ranges of its parts): `idsAt` answers
 * from spans, which stay valid when ranges move. Styles are given by annotation id (`setStyles`) and survive `clear`, which repaints use.
 */
export class Highlighter {
  readonly #registry: HighlightRegistry | null;
  readonly #focus: Highlight | null = null;
  readonly #byStyle = new Map<string, Highlight>();
  readonly #style: HTMLStyleElement | null = null;
  readonly #palette: HighlightPalette;
  readonly #defaultStyle: string;
  readonly #painted = new Map<string, Painted>();
  #styles: ReadonlyMap<string, string> = new Map();
  /** `#painted` ordered by span start, rebuilt lazily after changes. */
  #byStart: Painted[] | null = [];
  #longest = 0;
  #focused: string | null = null;
  #hidden = false;

  constructor(doc: Document, { palette = PLAIN, defaultStyle, rulesMarker }: HighlighterOptions = {}) {
    const names = Object.keys(palette);
    const bad = names.find((name) => !STYLE_NAME.test(name));
    if (names.length === 0 || bad !== undefined) {
      throw new Error(`Highlighter: a palette needs plain style names (a-z, 0-9, -); got "${bad ?? ''}"`);
    }
    this.#palette = palette;
    this.#defaultStyle =
      defaultStyle !== undefined && defaultStyle in palette ? defaultStyle : (names.at(-1) as string);
    // Without the API (older browsers, jsdom) nothing is painted, but the bookkeeping still answers idsAt.
    this.#registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
    if (!this.#registry || typeof Highlight !== 'function') {
      this.#registry = null;
      return;
    }
    names.forEach((name, index) => {
      const highlight = new Highlight();
      // The first style of the palette lies on top: an assessment shows through a comment on the same words.
      highlight.priority = names.length - index;
      this.#byStyle.set(name, highlight);
      this.#registry?.set(highlightName(name), highlight);
    });
    this.#focus = new Highlight();
    this.#focus.priority = names.length + 1;
    this.#registry.set(FOCUS_HIGHLIGHT, this.#focus);
    if (rulesMarker !== undefined && hasMarker(doc, rulesMarker)) return;
    this.#style = doc.createElement('style');
    this.#style.setAttribute('data-plan-annotator', '');
    this.#style.textContent = highlightRules(palette);
    (doc.head ?? doc.documentElement).append(this.#style);
  }

  /**
   * The style of each annotation by id, all at once (the page's list was read again); painted ones move
   * to their new colour at once. An id not named, or named with a style outside the palette, gets the
   * default style.
   */
  setStyles(styles: Iterable<readonly [id: string, style: string]>): void {
    this.#styles = new Map(styles);
    for (const painted of this.#painted.values()) {
      const style = this.#styleOf(painted.id);
      if (style === painted.style) continue;
      for (const range of painted.ranges) this.#byStyle.get(painted.style)?.delete(range);
      painted.style = style;
      for (const range of painted.ranges) this.#byStyle.get(style)?.add(range);
    }
  }

  /** The style an annotation is painted with, or would be once set. */
  styleOf(id: string): string {
    return this.#painted.get(id)?.style ?? this.#styleOf(id);
  }

  set(id: string, range: Range | readonly Range[], span: TextSpan): void {
    this.#unpaint(this.#painted.get(id));
    const ranges = Array.isArray(range) ? [...(range as readonly Range[])] : [range as Range];
    const painted = { id, ranges, span, style: this.#styleOf(id) };
    this.#painted.set(id, painted);
    for (const part of ranges) this.#byStyle.get(painted.style)?.add(part);
    this.#byStart = null;
    if (this.#focused === id) this.#paintFocus();
  }

  remove(id: string): void {
    const painted = this.#painted.get(id);
    if (!painted) return;
    this.#unpaint(painted);
    this.#painted.delete(id);
    this.#byStart = null;
    if (this.#focused === id) this.focus(null);
  }

  clear(): void {
    for (const highlight of this.#byStyle.values()) highlight.clear();
    this.#focus?.clear();
    this.#painted.clear();
    this.#byStart = [];
    this.#longest = 0;
    this.#focused = null;
  }

  /** The annotation marked more strongly, if any. */
  get focused(): string | null {
    return this.#focused;
  }

  /** Marks one annotation more strongly; null removes the mark. */
  focus(id: string | null): void {
    this.#focused = id;
    this.#paintFocus();
  }

  /** Whether the highlights are out of sight (the reader hid them on this site). */
  get hidden(): boolean {
    return this.#hidden;
  }

  /**
   * Takes every highlight out of the page's registry, or puts them back. What is painted stays known
   * (anchoring, `idsAt`, focus), so showing them again costs nothing but the browser's repaint.
   */
  setHidden(hidden: boolean): void {
    if (hidden === this.#hidden) return;
    this.#hidden = hidden;
    const registry = this.#registry;
    if (!registry) return;
    const toggle = (name: string, highlight: Highlight | null | undefined) => {
      if (!highlight) return;
      if (hidden) {
        if (registry.get(name) === highlight) registry.delete(name);
      } else registry.set(name, highlight);
    };
    for (const [style, highlight] of this.#byStyle) toggle(highlightName(style), highlight);
    toggle(FOCUS_HIGHLIGHT, this.#focus);
  }

  /** Annotations whose span covers a code-point position, innermost (shortest) first. */
  idsAt(position: number): string[] {
    const byStart = this.#sorted();
    let index = upperBound(byStart, position);
    const covering: Painted[] = [];
    // Nothing that starts further back than the longest span can still reach the position.
    while (index-- > 0) {
      const painted = byStart[index] as Painted;
      if (painted.span.start < position - this.#longest) break;
      if (painted.span.end > position) covering.push(painted);
    }
    return covering
      .sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start))
      .map((painted) => painted.id);
  }

  destroy(): void {
    this.clear();
    const registry = this.#registry;
    if (registry) {
      const drop = (name: string, highlight: Highlight | null | undefined) => {
        if (highlight && registry.get(name) === highlight) registry.delete(name);
      };
      drop(FOCUS_HIGHLIGHT, this.#focus);
      for (const [style, highlight] of this.#byStyle) drop(highlightName(style), highlight);
    }
    this.#style?.remove();
  }

  #styleOf(id: string): string {
    const style = this.#styles.get(id);
    return style !== undefined && Object.hasOwn(this.#palette, style) ? style : this.#defaultStyle;
  }

  #unpaint(painted: Painted | undefined): void {
    if (!painted) return;
    for (const range of painted.ranges) this.#byStyle.get(painted.style)?.delete(range);
  }

  #paintFocus(): void {
    this.#focus?.clear();
    const painted = this.#focused === null ? undefined : this.#painted.get(this.#focused);
    for (const range of painted?.ranges ?? []) this.#focus?.add(range);
  }

  #sorted(): Painted[] {
    if (!this.#byStart) {
      this.#byStart = [...this.#painted.values()].sort((a, b) => a.span.start - b.span.start);
      this.#longest = this.#byStart.reduce((longest, p) => Math.max(longest, p.span.end - p.span.start), 0);
    }
    return this.#byStart;
  }
}

/** The style sheet that paints a palette's highlights and the focus over them. */
export function highlightRules(palette: HighlightPalette): string {
  return [...Object.entries(palette).map(([name, look]) => styleRule(name, look)), FOCUS_STYLE].join('\n');
}

function hasMarker(doc: Document, property: string): boolean {
  const root = doc.documentElement;
  const view = doc.defaultView;
  return view !== null && view.getComputedStyle(root).getPropertyValue(property).trim() !== '';
}

function styleRule(name: string, look: HighlightLook): string {
  const decoration = look.decoration ? ` text-decoration: ${look.decoration};` : '';
  return `::highlight(${highlightName(name)}) { background-color: ${look.colour};${decoration} }`;
}

/** How many entries start at or before `position`. */
function upperBound(byStart: readonly Painted[], position: number): number {
  let low = 0;
  let high = byStart.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((byStart[mid] as Painted).span.start <= position) low = mid + 1;
    else high = mid;
  }
  return low;
}
