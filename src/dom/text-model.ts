import { AnchoringText, countBelow } from '../core/anchoring/anchoring-text.ts';
import type { TextSpan } from '../core/anchoring/span.ts';
import { contentWalker } from './content-walk.ts';
import {
  DOCUMENT_NODE,
  DOCUMENT_POSITION_CONTAINED_BY,
  DOCUMENT_POSITION_FOLLOWING,
  TEXT_NODE,
} from './node-constants.ts';

export interface TextModelOptions {
  /** Elements whose text is not part of the document (their whole subtree is left out). */
  skip?: (element: Element) => boolean;
}

const NOT_CONTENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** Leaves out what a reader never sees as text, and our own UI host. */
export function skipNonContent(element: Element): boolean {
  return NOT_CONTENT.has(element.tagName.toUpperCase()) || element.hasAttribute('data-plan-annotator');
}

/** Nodes (elements and text) walked between two looks at the clock; a power of two. */
const NODES_BETWEEN_CLOCKS = 256;

/**
 * The text of a DOM subtree as one string (every text node's data in document order, unnormalised) and
 * the mapping between DOM boundary points and code-point offsets into it.
 */
export class DomTextModel {
  readonly doc: AnchoringText;
  readonly #root: Node;
  readonly #nodes: readonly Text[];
  readonly #indexOfNode: Map<Text, number>;
  /** UTF-16 offset where each text node starts and ends; both ascending. */
  readonly #starts: Uint32Array;
  readonly #ends: Uint32Array;

  private constructor(root: Node, nodes: Text[]) {
    this.#root = root;
    this.#nodes = nodes;
    this.#indexOfNode = new Map(nodes.map((node, i) => [node, i]));
    this.#starts = new Uint32Array(nodes.length);
    this.#ends = new Uint32Array(nodes.length);
    let offset = 0;
    nodes.forEach((node, i) => {
      this.#starts[i] = offset;
      offset += node.data.length;
      this.#ends[i] = offset;
    });
    this.doc = new AnchoringText(nodes.map((node) => node.data).join(''));
  }

  static build(root: Node, options: TextModelOptions = {}): DomTextModel {
    const reading = DomTextModel.read(root, options);
    for (let step = reading.next(); ; step = reading.next()) if (step.done) return step.value;
  }

  /**
   * Reads the text a slice at a time: the generator returns the model, and yields whenever about
   * `sliceMs` have passed, so that a caller on the page's thread can give it back in between. A megabyte
   * page has tens of thousands of text nodes, and walking them all at once would be a long task.
   */
  static *read(
    root: Node,
    options: TextModelOptions = {},
    sliceMs = Infinity,
    now: () => number = () => performance.now(),
  ): Generator<void, DomTextModel, undefined> {
    const skip = options.skip ?? skipNonContent;
    if (root.nodeType === TEXT_NODE) return new DomTextModel(root, [root as Text]);
    const next = contentWalker(root, skip);
    const nodes: Text[] = [];
    let seen = 0;
    let deadline = now() + sliceMs;
    for (let node = next(); node; node = next()) {
      if (node.nodeType === TEXT_NODE) nodes.push(node as Text);
      if ((++seen & (NODES_BETWEEN_CLOCKS - 1)) === 0 && now() >= deadline) {
        yield;
        deadline = now() + sliceMs;
      }
    }
    return new DomTextModel(root, nodes);
  }

  /** The span a range covers, or null when it lies outside this model's root. */
  spanFromRange(range: Range): TextSpan | null {
    if (!range.intersectsNode(this.#root)) return null;
    const start = this.#textOffset(range.startContainer, range.startOffset);
    let end = Math.max(start, this.#textOffset(range.endContainer, range.endOffset));
    // An end between the halves of a pair keeps the whole character rather than dropping it.
    if (!this.doc.isCodePointBoundary(end)) end++;
    return { start: this.doc.toCodePoint(start), end: this.doc.toCodePoint(end) };
  }

  /**
   * A range over a span. A start on a node boundary goes into the later node and an end into the earlier
   * one, so that the range holds no empty piece of a neighbouring node; a collapsed span sits at the end
   * of the earlier node.
   */
  rangeFromSpan(span: TextSpan): Range {
    const owner = this.#root.nodeType === DOCUMENT_NODE ? (this.#root as Document) : this.#root.ownerDocument;
    if (!owner) throw new Error('the root belongs to no document');
    const range = owner.createRange();
    if (this.#nodes.length === 0) {
      range.setStart(this.#root, 0);
      return range;
    }
    const start = this.doc.toUtf16(Math.min(span.start, span.end));
    const end = this.doc.toUtf16(Math.max(span.start, span.end));
    const [endNode, endOffset] = this.#pointEndingAt(end);
    const [startNode, startOffset] = start === end ? [endNode, endOffset] : this.#pointStartingAt(start);
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    return range;
  }

  /** Code-point offset of a DOM boundary point, or null when the point is outside this model's root. */
  spanAtPoint(node: Node, offset: number): number | null {
    if (node !== this.#root && !this.#root.contains(node)) return null;
    return this.doc.toCodePoint(this.#textOffset(node, offset));
  }

  /** UTF-16 offset into the text of a boundary point, which may sit in any kind of container. */
  #textOffset(container: Node, offset: number): number {
    if (container.nodeType === TEXT_NODE) {
      const index = this.#indexOfNode.get(container as Text);
      if (index !== undefined)
        return (this.#starts[index] as number) + Math.min(offset, (container as Text).length);
    }
    const child = container.nodeType === TEXT_NODE ? null : (container.childNodes[offset] ?? null);
    // The point is just before `child`, or else just after everything inside `container`.
    const isAfterPoint = child
      ? (node: Text) =>
          node === child || (child.compareDocumentPosition(node) & DOCUMENT_POSITION_FOLLOWING) !== 0
      : (node: Text) => {
          const relation = container.compareDocumentPosition(node);
          return (
            (relation & DOCUMENT_POSITION_FOLLOWING) !== 0 &&
            (relation & DOCUMENT_POSITION_CONTAINED_BY) === 0
          );
        };
    const first = this.#firstIndexWhere(isAfterPoint);
    return first < this.#nodes.length ? (this.#starts[first] as number) : this.doc.text.length;
  }

  /** Binary search for the first text node for which a predicate that is monotone in document order holds. */
  #firstIndexWhere(predicate: (node: Text) => boolean): number {
    let low = 0;
    let high = this.#nodes.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (predicate(this.#nodes[mid] as Text)) high = mid;
      else low = mid + 1;
    }
    return low;
  }

  /** The node holding the character at `u16` (the last node at the very end of the text). */
  #pointStartingAt(u16: number): [Text, number] {
    const index = Math.max(0, countBelow(this.#starts, u16 + 1) - 1);
    return [this.#nodes[index] as Text, u16 - (this.#starts[index] as number)];
  }

  /** The node holding the character before `u16` (the first node at the very start of the text). */
  #pointEndingAt(u16: number): [Text, number] {
    const index = Math.min(this.#nodes.length - 1, countBelow(this.#ends, u16));
    return [this.#nodes[index] as Text, u16 - (this.#starts[index] as number)];
  }
}
