/**
 * The text of a page as lines, the way it reads on screen, for code that works on lines (finding
 * commitments). The text model (text-model.ts) joins text nodes with nothing between them, so a heading
 * and the paragraph after it share a line there. This text is the model's text with a line break put
 * where the block an element belongs to changes (a tab after a table cell), and source line breaks inside
 * a text node read as the spaces a browser shows; offsets convert back to the model's code points.
 */
import { AnchoringText, countBelow } from '../core/anchoring/anchoring-text.ts';
import type { TextStyle } from '../core/text/page-text.ts';
import { contentWalker } from './content-walk.ts';
import { DOCUMENT_NODE, TEXT_NODE } from './node-constants.ts';
import { skipNonContent, type TextModelOptions } from './text-model.ts';

/** Elements that start a line of their own, as a browser lays them out by default. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'HTML',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);
const CELLS = new Set(['TD', 'TH']);
const BOLD = new Set(['B', 'STRONG']);
const BODY_SIZE = 10;

const NODES_BETWEEN_CLOCKS = 64;

/** A page's text as lines, and the way back to the text model's offsets. */
export class BlockLines {
  readonly doc: AnchoringText;
  readonly #model: AnchoringText;
  /** UTF-16 offsets in `doc.text` of every character that is not in the model's text; ascending. */
  readonly #inserted: Uint32Array;
  /** How each stretch is marked up (heading level, bold, body), code points: the finder's layout cues. */
  readonly styles: TextStyle[];

  constructor(
    text: string,
    inserted: readonly number[],
    model: AnchoringText,
    styles: ReadonlyArray<[start: number, end: number, level: number, bold: boolean]> = [],
  ) {
    this.doc = new AnchoringText(text);
    this.#model = model;
    this.#inserted = Uint32Array.from(inserted);
    this.styles = styles.map(([start, end, level, bold]) => ({
      start: this.doc.toCodePoint(start),
      end: this.doc.toCodePoint(end),
      size: level > 0 ? 24 - 2 * level : BODY_SIZE,
      font: level > 0 ? `h${level}` : bold ? 'strong' : 'body',
      em: 0,
      bold: level > 0 || bold,
    }));
  }

  get text(): string {
    return this.doc.text;
  }

  /** The model's code-point offset for a code-point offset into these lines. */
  toModel(cp: number): number {
    const u16 = this.doc.toUtf16(cp);
    return this.#model.toCodePoint(u16 - countBelow(this.#inserted, u16));
  }
}

/** Text nodes under a line-preserving element keep their line breaks; elsewhere they show as spaces. */
function preservesLines(element: Element | null): boolean {
  for (let e = element; e; e = e.parentElement) {
    const tag = e.tagName.toUpperCase();
    if (tag === 'PRE') return true;
    if (BLOCKS.has(tag)) return false;
  }
  return false;
}

function nearest(node: Node, tags: ReadonlySet<string>, root: Node): Element | null {
  for (let e = node.parentElement; e; e = e.parentElement) {
    if (tags.has(e.tagName.toUpperCase())) return e;
    if (e === root) return null;
  }
  return null;
}

/**
 * Reads the lines of a subtree a slice at a time, like `DomTextModel.read`: yields whenever about
 * `sliceMs` have passed. `model` is the text model's text; the lines are built from the same text nodes,
 * and when the page no longer holds that text (it changed since the model was read) the result is null.
 */
export function* readBlockLines(
  root: Node,
  model: AnchoringText,
  options: TextModelOptions = {},
  sliceMs = Infinity,
  now: () => number = () => performance.now(),
): Generator<void, BlockLines | null, undefined> {
  const skip = options.skip ?? skipNonContent;
  const owner = root.nodeType === DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (!owner) return null;
  const next = contentWalker(root, skip);
  const expected = model.text;
  const parts: string[] = [];
  const inserted: number[] = [];
  // Style runs in UTF-16 offsets of the lines: [start, end, heading level (0: none), bold].
  const styles: Array<[number, number, number, boolean]> = [];
  let length = 0;
  let modelOffset = 0;
  let previousBlock: Element | null | undefined;
  let previousCell: Element | null = null;
  /** A `<br>` or the start of a block element came since the last text node. */
  let broken = false;
  let seen = 0;
  let deadline = now() + sliceMs;
  const insert = (separator: string) => {
    inserted.push(length);
    parts.push(separator);
    length += 1;
  };
  for (let node = next(); node; node = next()) {
    if (node.nodeType !== TEXT_NODE) {
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === 'BR' || BLOCKS.has(tag)) broken = true;
      continue;
    }
    const data = (node as Text).data;
    if (!expected.startsWith(data, modelOffset)) return null;
    modelOffset += data.length;
    if (data === '') continue;
    const block = nearest(node, BLOCKS, root);
    const cell = nearest(node, CELLS, root);
    if (previousBlock !== undefined) {
      if (previousCell && cell !== previousCell) insert('\t');
      if (broken || block !== previousBlock) insert('\n');
    }
    previousBlock = block;
    previousCell = cell;
    broken = false;
    const shown = preservesLines(node.parentElement) ? data : data.replace(/[\r\n]/g, ' ');
    const level = block && /^H[1-6]$/u.test(block.tagName.toUpperCase()) ? Number(block.tagName[1]) : 0;
    const bold = level === 0 && nearest(node, BOLD, block ?? root) !== null;
    const last = styles[styles.length - 1];
    if (last && last[1] === length && last[2] === level && last[3] === bold) last[1] = length + shown.length;
    else styles.push([length, length + shown.length, level, bold]);
    parts.push(shown);
    length += shown.length;
    if ((++seen & (NODES_BETWEEN_CLOCKS - 1)) === 0 && now() >= deadline) {
      yield;
      deadline = now() + sliceMs;
    }
  }
  if (modelOffset !== expected.length) return null;
  return new BlockLines(parts.join(''), inserted, model, styles);
}

/** Runs `readBlockLines` to the end at once (tests, small pages). */
export function blockLinesOf(
  root: Node,
  model: AnchoringText,
  options: TextModelOptions = {},
): BlockLines | null {
  const reading = readBlockLines(root, model, options);
  for (let step = reading.next(); ; step = reading.next()) if (step.done) return step.value;
}
