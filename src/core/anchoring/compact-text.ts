import type { AnchoringText } from './anchoring-text.ts';

/** Characters examined between two looks at the clock while building. */
const CHUNK = 2_048;

/**
 * A document's text with every whitespace and punctuation character removed, and where each remaining
 * UTF-16 unit came from. Matching on it makes re-flowed text (collapsed spaces, newlines for spaces,
 * indentation), PDF hyphenation (`hyphen-\nation`), and normalised punctuation (curly to straight quotes,
 * dashes, a dropped comma, `;` for `,`) free: the letters and digits of the passage are what identify it.
 */
export interface CompactText {
  readonly text: string;
  /** UTF-16 offset in the full text of each UTF-16 unit of `text`; ascending. */
  readonly origin: Uint32Array;
}

const cache = new WeakMap<AnchoringText, CompactText>();
/** The codes a chunk keeps, reused from chunk to chunk. */
const chunkCodes = new Uint16Array(CHUNK);

const WHITESPACE = /^\s$/u;
const PUNCTUATION = /^\p{P}$/u;
const KEPT = 1;
const SPACE = 2;
const MARK = 3;
/** Per BMP code unit: 0 not yet looked at, else KEPT, SPACE or MARK; filled on first sight of a character. */
const kinds = new Uint8Array(0x10000);

function kindOf(code: number): number {
  let kind = kinds[code] as number;
  if (kind === 0) {
    const c = String.fromCharCode(code);
    // Surrogates are kept one by one: no astral punctuation is common enough to be worth a pair lookup.
    const surrogate = code >= 0xd800 && code <= 0xdfff;
    kind = surrogate ? KEPT : WHITESPACE.test(c) ? SPACE : PUNCTUATION.test(c) ? MARK : KEPT;
    kinds[code] = kind;
  }
  return kind;
}

/** Whitespace or punctuation: left out of the compact text. Astral characters are always kept. */
function isIgnored(code: number): boolean {
  return kindOf(code) !== KEPT;
}

/** Punctuation (not whitespace): what a passage found in the compact text may begin or end with. */
export function isPunctuation(code: number): boolean {
  return kindOf(code) === MARK;
}

/** Letters and digits only: what the builder keeps, so that quotes and context compare with the text. */
export function stripIgnored(text: string): string {
  let kept = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Most characters are ASCII letters and digits, which are always kept.
    if (isAsciiAlphanumeric(code) || !isIgnored(code)) continue;
    if (i > from) kept += text.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? text : kept + text.slice(from);
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/**
 * The last `count` characters the compact text keeps before `at` in the full text: what the compact
 * text holds just before the compact offset of `at`, read from the full text itself, so that a verbatim
 * match's context can be compared before (or without) the compact text of the whole page is built.
 */
export function keptBefore(text: string, at: number, count: number): string {
  const codes: number[] = [];
  for (let i = at - 1; i >= 0 && codes.length < count; i--) {
    const code = text.charCodeAt(i);
    if (isAsciiAlphanumeric(code) || !isIgnored(code)) codes.push(code);
  }
  return String.fromCharCode(...codes.reverse());
}

/** The first `count` characters the compact text keeps from `at` on in the full text. */
export function keptAfter(text: string, at: number, count: number): string {
  const codes: number[] = [];
  for (let i = at; i < text.length && codes.length < count; i++) {
    const code = text.charCodeAt(i);
    if (isAsciiAlphanumeric(code) || !isIgnored(code)) codes.push(code);
  }
  return String.fromCharCode(...codes);
}

/**
 * Builds a document's compact text a chunk at a time, so that a megabyte page is read in slices that
 * leave the page's thread free in between. The result is cached with the document.
 */
export class CompactTextBuilder {
  readonly #doc: AnchoringText;
  readonly #origin: Uint32Array;
  readonly #pieces: string[] = [];
  #length = 0;
  #at = 0;
  #done: CompactText | null;

  constructor(doc: AnchoringText) {
    this.#doc = doc;
    this.#done = cache.get(doc) ?? null;
    this.#origin = new Uint32Array(this.#done ? 0 : doc.text.length);
  }

  /** Works until the clock passes `deadline`; the compact text once all of it is read, else null. */
  run(deadline: number, now: () => number): CompactText | null {
    const full = this.#doc.text;
    while (!this.#done) {
      const end = Math.min(full.length, this.#at + CHUNK);
      // Locals rather than private fields inside the hot loop: it runs once per character of the page.
      const origin = this.#origin;
      const kept = chunkCodes;
      let length = this.#length;
      let n = 0;
      for (let i = this.#at; i < end; i++) {
        const code = full.charCodeAt(i);
        if (isAsciiAlphanumeric(code) || !isIgnored(code)) {
          origin[length++] = i;
          kept[n++] = code;
        }
      }
      this.#length = length;
      // One string per chunk, from the codes just kept, rather than one per run of words: far fewer
      // objects to collect, and no second look at each character.
      this.#pieces.push(String.fromCharCode.apply(null, kept.subarray(0, n) as unknown as number[]));
      this.#at = end;
      if (end === full.length) {
        this.#done = { text: this.#pieces.join(''), origin: this.#origin.subarray(0, this.#length) };
        cache.set(this.#doc, this.#done);
      } else if (now() >= deadline) {
        return null;
      }
    }
    return this.#done;
  }
}
