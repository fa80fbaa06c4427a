import type { TextSpan } from '../core/anchoring/span.ts';

const HIGHLIGHT = 'plan-annotator';
const FOCUS_HIGHLIGHT = 'plan-annotator-focus';
const STYLE = [
  `::highlight(${HIGHLIGHT}) { background-color: rgba(255, 214, 0, 0.45); }`,
  `::highlight(${FOCUS_HIGHLIGHT}) { background-color: rgba(255, 140, 0, 0.6); }`,
].join('\n');

interface Painted {
  id: string;
  range: Range;
  span: TextSpan;
}

/**
 * Paints annotations with the CSS Custom Highlight API, so the page's DOM is never rewritten. `set` takes
 * the code-point span as well as the range: `idsAt` answers from spans, which stay valid when ranges move.
 */
export class Highlighter {
  readonly #registry: HighlightRegistry | null;
  readonly #all: Highlight | null = null;
  readonly #focus: Highlight | null = null;
  readonly #style: HTMLStyleElement | null = null;
  readonly #painted = new Map<string, Painted>();
  /** `#painted` ordered by span start, rebuilt lazily after changes. */
  #byStart: Painted[] | null = [];
  #longest = 0;
  #focused: string | null = null;

  constructor(doc: Document) {
    // Without the API (older browsers, jsdom) nothing is painted, but the bookkeeping still answers idsAt.
    this.#registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
    if (!this.#registry || typeof Highlight !== 'function') {
      this.#registry = null;
      return;
    }
    this.#all = new Highlight();
    this.#focus = new Highlight();
    this.#focus.priority = 1;
    this.#registry.set(HIGHLIGHT, this.#all);
    this.#registry.set(FOCUS_HIGHLIGHT, this.#focus);
    this.#style = doc.createElement('style');
    this.#style.setAttribute('data-plan-annotator', '');
    this.#style.textContent = STYLE;
    (doc.head ?? doc.documentElement).append(this.#style);
  }

  set(id: string, range: Range, span: TextSpan): void {
    const previous = this.#painted.get(id);
    if (previous) this.#all?.delete(previous.range);
    const painted = { id, range, span };
    this.#painted.set(id, painted);
    this.#all?.add(range);
    this.#byStart = null;
    if (this.#focused === id) this.#paintFocus();
  }

  remove(id: string): void {
    const painted = this.#painted.get(id);
    if (!painted) return;
    this.#all?.delete(painted.range);
    this.#painted.delete(id);
    this.#byStart = null;
    if (this.#focused === id) this.focus(null);
  }

  clear(): void {
    this.#all?.clear();
    this.#focus?.clear();
    this.#painted.clear();
    this.#byStart = [];
    this.#longest = 0;
    this.#focused = null;
  }

  /** Marks one annotation more strongly; null removes the mark. */
  focus(id: string | null): void {
    this.#focused = id;
    this.#paintFocus();
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
    if (this.#registry) {
      if (this.#registry.get(HIGHLIGHT) === this.#all) this.#registry.delete(HIGHLIGHT);
      if (this.#registry.get(FOCUS_HIGHLIGHT) === this.#focus) this.#registry.delete(FOCUS_HIGHLIGHT);
    }
    this.#style?.remove();
  }

  #paintFocus(): void {
    this.#focus?.clear();
    const painted = this.#focused === null ? undefined : this.#painted.get(this.#focused);
    if (painted) this.#focus?.add(painted.range);
  }

  #sorted(): Painted[] {
    if (!this.#byStart) {
      this.#byStart = [...this.#painted.values()].sort((a, b) => a.span.start - b.span.start);
      this.#longest = this.#byStart.reduce((longest, p) => Math.max(longest, p.span.end - p.span.start), 0);
    }
    return this.#byStart;
  }
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
